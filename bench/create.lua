-- POST a new document with a symbol no run has used, and an Idempotency-Key. Env: URLPATH, RUN (unique per wrk run), TOKEN.
local counter = 0
local threads = 0
local path = os.getenv("URLPATH")
local run = tonumber(os.getenv("RUN"))
local token = os.getenv("TOKEN") or ""

function setup(thread)
  thread:set("tid", threads)
  threads = threads + 1
end

function init(args)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  if token ~= "" then wrk.headers["Authorization"] = "Bearer " .. token end
end

request = function()
  counter = counter + 1
  local session = ((run * 4 + tid) % 999) + 1
  local number = 50000 + counter
  local body = string.format('{"symbol":"C/%d/%d","type":"report","distribution":"general","originalLanguage":"en","title":{"en":"Benchmark document %d"}}', session, number, number)
  wrk.headers["Idempotency-Key"] = string.format("bench-%d-%d-%d", run, tid, counter)
  return wrk.format(nil, path, nil, body)
end
