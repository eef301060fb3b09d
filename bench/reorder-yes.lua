-- wrk script: the write path, for many shoppers. Run with one connection per thread, so that each answer
-- belongs to the request this thread sent last:
--   wrk -t32 -c32 -s reorder-yes.lua <url> -- <shopper count> <run id> <thread count>
-- (request ids must not repeat across runs either, or the host's replay log would answer with a stored answer)
-- (bench/load.sh links the shoppers as load-shopper-1 … load-shopper-N). Requests alternate: "reorder" for
-- the next shopper (threads take turns through the shoppers, so each orders as rarely as possible; load.sh
-- still raises the per-shopper limits, which a shopper confirming every few seconds would reach), which
-- reads back a new pending purchase, then "yes" from that shopper with the
-- read-back's session attributes, exactly as Alexa would send it. Each read-back is confirmed once, so
-- every "yes" must place a real order; any other answer counts as unexpected.
local here = debug.getinfo(1, "S").source:sub(2):match("(.*/)") or "./"
local alexa = dofile(here .. "alexa-request.lua")

local threads = {}
local thread_id = 0

function setup(thread)
  thread_id = thread_id + 1
  thread:set("id", thread_id)
  table.insert(threads, thread)
end

local shoppers = 1
local read_back = nil
local last_token = nil
local sequence = 0
placed = 0
quoted = 0
unexpected = 0

local run = ""
local stride = 1
local turn = 0

function init(args)
  shoppers = tonumber(args[1] or "1")
  run = args[2] or tostring(os.time())
  stride = tonumber(args[3] or "1")
end

function request()
  sequence = sequence + 1
  local request_id = run .. "-" .. id .. "-" .. sequence
  local body
  if read_back then
    body = alexa.body(alexa.intent("AMAZON.YesIntent", request_id), read_back, request_id, last_token)
    read_back = nil
  else
    last_token = "load-shopper-" .. ((id - 1 + stride * turn) % shoppers + 1)
    turn = turn + 1
    body = alexa.body(alexa.intent("ReorderIntent", request_id), nil, request_id, last_token)
  end
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json" }, body)
end

function response(status, headers, body)
  if status ~= 200 then
    unexpected = unexpected + 1
    return
  end
  local attributes = body:match('"sessionAttributes":(%b{})')
  if attributes and attributes:find('"pendingPurchaseId"', 1, true) then
    quoted = quoted + 1
    read_back = attributes
  elseif body:find("Done. It arrives", 1, true) then
    placed = placed + 1
  else
    unexpected = unexpected + 1
  end
end

function done(summary, latency, requests)
  local total_placed, total_quoted, total_unexpected = 0, 0, 0
  for _, thread in ipairs(threads) do
    total_placed = total_placed + thread:get("placed")
    total_quoted = total_quoted + thread:get("quoted")
    total_unexpected = total_unexpected + thread:get("unexpected")
  end
  alexa.report(summary, latency, string.format(" placed=%d quoted=%d unexpected=%d", total_placed, total_quoted, total_unexpected))
end
