// Starts telegram-test-api on 127.0.0.1 and the port given as the first argument,
// prints "listening <port>" once it accepts connections, and stops on SIGTERM or when stdin closes.
const TelegramServer = require('telegram-test-api');

async function main() {
  const port = Number(process.argv[2]);
  if (!Number.isInteger(port) || port <= 0) throw new Error('usage: node server.js PORT');
  const server = new TelegramServer({ port, host: '127.0.0.1', storeTimeout: 600 });
  await server.start();
  const address = server.server.address();
  console.log(`listening ${address.port}`);
  const stop = async () => { await server.stop(); process.exit(0); };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  process.stdin.on('end', stop);
  process.stdin.resume();
}

main().catch((error) => { console.error(error); process.exit(1); });
