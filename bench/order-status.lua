-- wrk script: Alexa "where is my order?" for the demo shopper, the read path. Every request carries its own
-- request id, as Alexa's do, so the host answers each one afresh instead of replaying a stored answer.
local here = debug.getinfo(1, "S").source:sub(2):match("(.*/)") or "./"
local alexa = dofile(here .. "alexa-request.lua")

local thread_id = 0

function setup(thread)
  thread_id = thread_id + 1
  thread:set("id", thread_id)
end

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

local sequence = 0
local run = ""

-- wrk ... -s order-status.lua <url> -- <run id>: request ids must not repeat across runs either, or the
-- host's replay log would answer with a stored answer.
function init(args)
  run = args[1] or tostring(os.time())
end

function request()
  sequence = sequence + 1
  local request_id = run .. "-" .. id .. "-" .. sequence
  return wrk.format(nil, nil, nil, alexa.body(alexa.intent("OrderStatusIntent", request_id), nil, request_id))
end

function done(summary, latency, requests)
  alexa.report(summary, latency)
end
