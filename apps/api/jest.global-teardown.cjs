module.exports = async function globalTeardown() {
  const embedded = globalThis.__PD_LEDGER_EMBEDDED__;
  if (embedded) await embedded.stop();
};
