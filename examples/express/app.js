// An Express app with a JSON POST route (body-parser).
const express = require('express');
const bodyParser = require('body-parser');

const app = express();
app.use(bodyParser.json());

app.get('/', (req, res) => {
  res.send('Hello from express');
});

app.get('/user/:id', (req, res) => {
  res.status(200).set('X-User', req.params.id).json({ id: req.params.id, q: req.query });
});

app.post('/echo', (req, res) => {
  res.status(201).json({ received: req.body, type: req.get('content-type') });
});

app.use((req, res) => {
  res.status(404).send('not here');
});

const port = Number(process.env.PORT || 3000);
const server = app.listen(port, '127.0.0.1', () => {
  if (!process.env.QUIET) console.log(`express listening on ${port}`);
});
module.exports = server;
