// Starts the service under the seed's graceful-reload helper: one worker per CPU;
// `kill -HUP <primary pid>` replaces the workers one by one without dropping requests.
require('./reload')(require('path').join(__dirname, 'server.js'));
