-- wrk script: the write path. Every request is either "reorder" (which reads back a new pending purchase)
-- or "yes" confirming one read-back from this thread's queue, carrying its session attributes exactly as
-- Alexa would. Each read-back is confirmed at most once, so every "yes" must place a real order; any
-- other answer counts as unexpected.
local here = debug.getinfo(1, "S").source:sub(2):match("(.*/)") or "./"
local alexa = dofile(here .. "alexa-request.lua")

local threads = {}
local thread_id = 0

function setup(thread)
  thread_id = thread_id + 1
  thread:set("id", thread_id)
  table.insert(threads, thread)
end

local read_backs = {}
local sequence = 0
placed = 0
quoted = 0
unexpected = 0

function request()
  sequence = sequence + 1
  local request_id = id .. "-" .. sequence
  local attributes = table.remove(read_backs, 1)
  local body
  if attributes then
    body = alexa.body(alexa.intent("AMAZON.YesIntent", request_id), attributes, request_id)
  else
    body = alexa.body(alexa.intent("ReorderIntent", request_id), nil, request_id)
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
    table.insert(read_backs, attributes)
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
