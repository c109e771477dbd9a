// The SIGUSR2 cluster script from the seed text, unmodified (port 8000, 15 s slow requests).
var cluster = require('cluster');
var http = require('http');

if (cluster.isMaster) {
    cluster.fork();

    cluster.on('exit', function(worker, code, signal) {
        console.log('worker ' + worker.process.pid + ' 退出');
    });

    cluster.on('listening', function(worker, code, signal) {
        console.log('worker ' + worker.process.pid + ' 开始服务');
    });

    cluster.on('disconnect', function(worker, code, signal) {
        console.log('worker ' + worker.process.pid + ' 停止服务');
    });

    process.on('SIGUSR2', function () {
        // 保存旧 worker 的列表，cluster.workers 是个 map
        var oldWorkers = Object.keys(cluster.workers).map(function (idx) {
            return cluster.workers[idx];
        });

        // 起新服务
        cluster.fork();

        // 当新服务起起来之后，关闭所有的旧 worker
        cluster.once('listening', function (worker) {
            oldWorkers.forEach(function (worker) {
                // disconnect 会停止接收新请求，等待旧请求结束后再结束进程
                worker.disconnect();
            });
        });
    });
} else {
    http.createServer(function(req, res) {
        // 模拟慢速请求
        setTimeout(function () {
            res.writeHead(200);
            res.end("hello world\n");
        }, 15000);
    }).listen(8000);
}
