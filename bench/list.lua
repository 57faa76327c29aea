-- GET the first 50 documents of a random session. Env: IDS (file of session ids), PREFIX (path up to the session id), TOKEN.
local ids = {}
for line in io.lines(os.getenv("IDS")) do ids[#ids + 1] = line end
local prefix = os.getenv("PREFIX")
local token = os.getenv("TOKEN") or ""
wrk.headers["Accept"] = "application/json"
if token ~= "" then wrk.headers["Authorization"] = "Bearer " .. token end
request = function()
  return wrk.format("GET", prefix .. ids[math.random(#ids)] .. "&limit=50")
end
