-- A client's visit, as the client's own k6 test does it: the menu, availability, a booking, then viewing that booking
-- by its manage token, in turn on every connection. wrk -tN ... -s mixed.lua BOOKING_URL -- SLOTS_FILE TREATMENT
-- LOCATION OFFSET N MENU_PATH AVAILABILITY_PATH VIEW_PATH_PREFIX. Bookings take slots as book.lua does (run from the
-- repository root, which load.sh does); a view follows only a booking answered with its token (else the menu again).
dofile("benchmarks/http/book.lua")

local book_init = init

function init(args)
  book_init(args)
  menu_path, availability_path, view_prefix = args[6], args[7], args[8]
  tokens = {}
  visit_step = 0
end

function request()
  visit_step = visit_step % 4 + 1
  if visit_step == 1 then
    return wrk.format("GET", menu_path)
  elseif visit_step == 2 then
    return wrk.format("GET", availability_path)
  elseif visit_step == 3 then
    return booking_request()
  end
  local token = table.remove(tokens)
  if token == nil then
    return wrk.format("GET", menu_path)
  end
  return wrk.format("GET", view_prefix .. token)
end

function response(status, headers, body)
  local token = body and body:match('"manageToken"%s*:%s*"([^"]+)"')
  if token then
    table.insert(tokens, token)
  end
end
