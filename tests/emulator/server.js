// Starts telegram-test-api on 127.0.0.1 and the port given as the first argument,
// prints "listening <port>" once it accepts connections, and stops on SIGTERM, or when stdin closes if it is a pipe.
//
// Where telegram-test-api 4.2.1 answers the bot differently from the Bot API, its answers are
// brought to the Bot API's shape here, so a strict client (Telegram.Bot) reads them as it would
// read Telegram's: message dates in seconds (not milliseconds), editMessageText and
// editMessageReplyMarkup returning the edited message, and answerCallbackQuery returning true (not
// null). Methods it lacks (setMyCommands, sendChatAction, getFile) are left missing on purpose: the
// bot must cope.
const sendResultModule = require('telegram-test-api/lib/modules/sendResult');

const plainSendResult = sendResultModule.sendResult;
sendResultModule.sendResult = (req, res, next) => plainSendResult(req, res, () => {
  const send = res.sendResult;
  res.sendResult = (data) => send(toBotApiShape(req, data));
  next();
});

function toBotApiShape(req, data) {
  if (!data || data.ok !== true) return data;
  const method = req.path.split('/').pop();
  if (method === 'sendMessage' && data.result && data.result.date > 1e11) {
    return { ...data, result: { ...data.result, date: Math.floor(data.result.date / 1000) } };
  }
  if ((method === 'editMessageText' || method === 'editMessageReplyMarkup') && data.result === null) {
    return {
      ...data,
      result: {
        message_id: Number(req.body.message_id),
        date: Math.floor(Date.now() / 1000),
        chat: { id: Number(req.body.chat_id), type: 'private' },
        text: req.body.text || '',
        reply_markup: req.body.reply_markup,
      },
    };
  }
  if (method === 'answerCallbackQuery' && data.result === null) return { ...data, result: true };
  return data;
}

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
  // The tests hold a pipe on stdin and close it to stop the server. Started by hand in the background
  // (stdin is /dev/null or a terminal), it runs until it is killed.
  if (stdinIsPipe()) {
    process.stdin.on('end', stop);
    process.stdin.resume();
  }
}

function stdinIsPipe() {
  try {
    return require('fs').fstatSync(0).isFIFO();
  } catch {
    return false;
  }
}

main().catch((error) => { console.error(error); process.exit(1); });
