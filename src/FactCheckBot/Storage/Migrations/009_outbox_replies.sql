-- The outbox holds typed replies (FactCheckBot.Telegram.Reply as JSON, in the Bot API's snake_case)
-- instead of Bot API request bodies, and says which kind each one is. Replies still waiting
-- from before are carried over.
ALTER TABLE outbox RENAME COLUMN method TO kind;   -- message, edit

UPDATE outbox
SET kind = 'message',
    payload = json_object(
        'kind', 'Message',
        'chat_id', chat_id,
        'html', json_extract(payload, '$.text'),
        'reply_to', json_extract(payload, '$.reply_parameters.message_id'),
        'keyboard', json(json_extract(payload, '$.reply_markup')))
WHERE kind = 'sendMessage';

UPDATE outbox
SET kind = 'edit',
    payload = json_object(
        'kind', 'Edit',
        'chat_id', chat_id,
        'html', json_extract(payload, '$.text'),
        'edit_message_id', json_extract(payload, '$.message_id'))
WHERE kind = 'editMessageText';
