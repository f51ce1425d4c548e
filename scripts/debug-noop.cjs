// Stands in for `debug` inside the @stdlib code compiled into dist: gammaincinv only logs
// through it, and the real package's Node half requires tty/util, which breaks ESM and browsers.
module.exports = function createDebug() {
  return function debug() {}
}
