// Loaded into every process the bench starts (imported, or `node --import` for Formasi's server): when the bench's
// process goes away — even killed with SIGKILL — the IPC channel closes and the child stops itself instead of
// living on as an orphan.
if (process.channel) {
  process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'));
}
