// The seed app: koa + koa-router, GET /user/getinfo on port 4000 (PORT overrides).
const Koa = require('koa');
const app = new Koa();
const Router = require('koa-router');
const router = new Router();

router.get('/user/getinfo', async (ctx) => {
    ctx.body = 'my name is liujianghong';
})

// 加载路由中间件
app.use(router.routes())

app.listen(Number(process.env.PORT || 4000), () => {
    if (!process.env.QUIET) console.log(`server is running, port is ${process.env.PORT || 4000}`)
})
