-- Shared by the wrk scripts: an Alexa request envelope shaped like the ones Alexa sends, for the demo shopper
-- (account-linked as demo-token) or the shopper whose account-linking token is given.
local M = {}

function M.body(request, attributes, request_id, token)
  token = token or "demo-token"
  return '{"version":"1.0","session":{"new":false,"sessionId":"amzn1.echo-api.session.load-' .. request_id .. '",'
    .. '"application":{"applicationId":"amzn1.ask.skill.voiceshop-load"},"attributes":' .. (attributes or '{}') .. ','
    .. '"user":{"userId":"amzn1.ask.account.load","accessToken":"' .. token .. '"}},'
    .. '"context":{"System":{"application":{"applicationId":"amzn1.ask.skill.voiceshop-load"},'
    .. '"user":{"userId":"amzn1.ask.account.load","accessToken":"' .. token .. '"},'
    .. '"device":{"deviceId":"amzn1.ask.device.load","supportedInterfaces":{}},"apiEndpoint":"https://api.amazonalexa.com"}},'
    .. '"request":' .. request .. '}'
end

function M.intent(name, request_id)
  return '{"type":"IntentRequest","requestId":"amzn1.echo-api.request.' .. request_id .. '",'
    .. '"timestamp":"' .. os.date("!%Y-%m-%dT%H:%M:%SZ") .. '","locale":"en-US",'
    .. '"dialogState":"STARTED","intent":{"name":"' .. name .. '","confirmationStatus":"NONE","slots":{}}}'
end

-- One machine-readable line that bench/load.sh reads: throughput, latency percentiles and every kind of error.
function M.report(summary, latency, extra)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT rps=%.1f p50_ms=%.3f p99_ms=%.3f errors=%d requests=%d%s\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    errors, summary.requests, extra or ""))
end

return M
