-- wrk script: Alexa "where is my order?" for the demo shopper, the read path (one body, sent again and again).
local here = debug.getinfo(1, "S").source:sub(2):match("(.*/)") or "./"
local alexa = dofile(here .. "alexa-request.lua")

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = alexa.body(alexa.intent("OrderStatusIntent", "status"), nil, "status")

function done(summary, latency, requests)
  alexa.report(summary, latency)
end
