-- GET PREFIX .. a random id .. SUFFIX. Env: IDS (file of ids), PREFIX, SUFFIX (optional), TOKEN (optional bearer token).
-- By id: PREFIX=/documents/; a session's first page: PREFIX="/documents?sessionId=" SUFFIX="&limit=50".
local ids = {}
for line in io.lines(os.getenv("IDS")) do ids[#ids + 1] = line end
local prefix = os.getenv("PREFIX")
local suffix = os.getenv("SUFFIX") or ""
local token = os.getenv("TOKEN") or ""
wrk.headers["Accept"] = "application/json"
if token ~= "" then wrk.headers["Authorization"] = "Bearer " .. token end
request = function()
  return wrk.format("GET", prefix .. ids[math.random(#ids)] .. suffix)
end
