-- End-to-end: 10,000 random edits made through Neovim's own buffer API, so that Neovim's LSP
-- client computes the incremental didChange events itself; every so often the server's copy
-- (`parallax/documentText`) must equal the buffer.
--
-- A shadow copy of the document, kept by applying every didChange the client sends (lines end
-- at "\n" only, as in Neovim's buffer model), tells the two possible culprits apart: if the
-- shadow stops matching the buffer, Neovim computed a wrong change; if the shadow matches but
-- the server does not, the server applied a right change wrongly.
--
-- Environment: PARALLAX_BIN, PARALLAX_NVIM_PLUGIN, and optionally
--   PARALLAX_E2E_ENCODINGS   position encodings to offer, comma-separated (default "utf-16")
--   PARALLAX_E2E_EDITS       number of edits (default 10000)
--   PARALLAX_E2E_CHECK_EVERY compare with the server every N edits (default 500)
--   PARALLAX_E2E_DEBOUNCE    the client's debounce_text_changes in ms (default 0: one didChange
--                            per edit; with more, edits are batched until the next request)
--   PARALLAX_E2E_SEED        random seed (default 42)

local lib = dofile(vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':h') .. '/lib.lua')

local EDITS = tonumber(lib.getenv('PARALLAX_E2E_EDITS', '10000'))
local CHECK_EVERY = tonumber(lib.getenv('PARALLAX_E2E_CHECK_EVERY', '500'))
local DEBOUNCE = tonumber(lib.getenv('PARALLAX_E2E_DEBOUNCE', '0'))
local SEED = tonumber(lib.getenv('PARALLAX_E2E_SEED', '42'))
local MAX_BYTES = 5000

-- What random text is made of: ASCII words, accented letters both precomposed and with a
-- combining mark, emoji outside the BMP (two UTF-16 units each), a flag (two astral code points),
-- CJK, an em dash, tabs, "\r" inside lines, and line breaks, some of them CRLF-like.
local PIECES = {
  'a', 'b', 'z', ' ', ' ', 'the ', 'policy ', 'Ankara', 'ASEAN', '.', ',', '"',
  'é', 'Ş', 'ß', 'e\204\129', 'o\204\136\204\129', -- e + U+0301; o + U+0308 + U+0301
  '😀', '🛰️', '🇺🇳', '𝔸',
  '中', '文', '東京', '—', '\t',
  '\r', 'x\ry', '\r\n', '\n', '\n', '\n\n',
}

local function random_text(max_pieces, allow_newlines)
  local parts = {}
  for _ = 1, math.random(1, max_pieces) do
    local piece = PIECES[math.random(#PIECES)]
    if allow_newlines or not piece:find('\n', 1, true) then
      table.insert(parts, piece)
    end
  end
  return table.concat(parts)
end

--- Byte columns (0-based) in `line` that start a code point, plus the end of the line.
local function boundaries(line)
  local result = {}
  for i = 1, #line do
    local b = line:byte(i)
    if b < 0x80 or b >= 0xC0 then
      table.insert(result, i - 1)
    end
  end
  table.insert(result, #line)
  return result
end

local function random_column(line)
  local b = boundaries(line)
  return b[math.random(#b)]
end

-- The shadow document ---------------------------------------------------------------------------

--- Length of a UTF-8 sequence from its lead byte (1 for stray continuation bytes).
local function seq_len(b)
  if b >= 0xF0 then
    return 4
  elseif b >= 0xE0 then
    return 3
  elseif b >= 0xC0 then
    return 2
  end
  return 1
end

--- Byte offset (0-based) of an LSP position in `text`, whose lines end at "\n". Returns the
--- offset and, when the position had to be clamped, a note saying why.
local function offset_of(text, position, encoding)
  local line_start = 0
  for _ = 1, position.line do
    local nl = text:find('\n', line_start + 1, true)
    if nl == nil then
      return #text, 'line past the end'
    end
    line_start = nl
  end
  local nl = text:find('\n', line_start + 1, true)
  local line_end = nl and (nl - 1) or #text
  if encoding == 'utf-8' then
    if line_start + position.character > line_end then
      return line_end, 'column past the end of the line'
    end
    return line_start + position.character, nil
  end
  local offset, units = line_start, 0
  while units < position.character do
    if offset >= line_end then
      return line_end, 'column past the end of the line'
    end
    local n = seq_len(text:byte(offset + 1))
    units = units + ((n == 4 and encoding == 'utf-16') and 2 or 1)
    offset = offset + n
  end
  if units > position.character then
    return offset, 'column inside a surrogate pair'
  end
  return offset, nil
end

local function apply_change(text, change, encoding)
  if change.range == nil then
    return change.text, nil
  end
  local s, note1 = offset_of(text, change.range.start, encoding)
  local e, note2 = offset_of(text, change.range['end'], encoding)
  if e < s then
    return text, 'reversed range'
  end
  return text:sub(1, s) .. change.text .. text:sub(e + 1), note1 or note2
end

-- The test -------------------------------------------------------------------------------------

lib.run(function()
  math.randomseed(SEED)
  local encodings = vim.split(lib.getenv('PARALLAX_E2E_ENCODINGS', 'utf-16'), ',', { plain = true })
  lib.setup_plugin({
    position_encodings = encodings,
    flags = { debounce_text_changes = DEBOUNCE },
  })

  -- The draft starts with some of everything, so didOpen carries it too.
  local dir = vim.fn.tempname()
  vim.fn.mkdir(dir, 'p')
  local path = dir .. '/sync.md'
  local f = assert(io.open(path, 'wb'))
  f:write('# Draft 😀\n\nOfficials in Tōkyō — and e\204\129lsewhere — met.\tCJK: 東京.\n',
          'A line with a \r inside, and 🇺🇳 flags.\n', 'Last line.\n')
  f:close()

  vim.cmd('edit ' .. vim.fn.fnameescape(path))
  local bufnr = vim.api.nvim_get_current_buf()
  local client = lib.wait_for_client(bufnr)
  local encoding = client.offset_encoding
  if encoding ~= encodings[1] then
    lib.fail('offered %s, but the client counts columns in %s', table.concat(encodings, ','), encoding)
  end
  lib.log('sync: %d edits, seed %d, %s columns, debounce %d ms, check every %d', EDITS, SEED,
          encoding, DEBOUNCE, CHECK_EVERY)

  -- Watch what the client sends, and keep the shadow document.
  local shadow = lib.buffer_text(bufnr)
  local recent = {} -- the last few edits and changes, for failure messages
  local function remember(entry)
    table.insert(recent, entry)
    if #recent > 12 then
      table.remove(recent, 1)
    end
  end
  local function recent_history()
    return '  ' .. table.concat(recent, '\n  ')
  end
  local changes_sent, notifications = 0, 0
  local real_notify = client.notify
  client.notify = function(method, params)
    if method == 'textDocument/didChange' and params.textDocument.uri == vim.uri_from_bufnr(bufnr) then
      notifications = notifications + 1
      for _, change in ipairs(params.contentChanges) do
        changes_sent = changes_sent + 1
        local note
        shadow, note = apply_change(shadow, change, encoding)
        remember('sent ' .. vim.fn.json_encode(change) .. (note and ('   [' .. note .. ']') or ''))
      end
      local actual = lib.buffer_text(bufnr)
      if shadow ~= actual then
        local at = lib.first_difference(shadow, actual)
        lib.fail('Neovim %s sent changes that do not reproduce its own buffer (a client bug, not ' ..
                 'the server\'s) at byte %d, version %s:\n shadow: %s\n buffer: %s\nrecent:\n%s',
                 tostring(vim.version().major .. '.' .. vim.version().minor .. '.' .. vim.version().patch),
                 at, tostring(params.textDocument.version),
                 lib.show(shadow:sub(math.max(1, at - 30), at + 30)),
                 lib.show(actual:sub(math.max(1, at - 30), at + 30)), recent_history())
      end
    end
    return real_notify(method, params)
  end

  local function check(label)
    local document = lib.server_document(client, bufnr)
    local expected = lib.buffer_text(bufnr)
    if document.text ~= expected then
      local at = lib.first_difference(document.text, expected)
      lib.fail('%s: the server text differs from the buffer at byte offset %d (0-based %d; ' ..
               'server %d bytes, buffer %d; shadow %s the buffer):\n server: %s\n buffer: %s\n' ..
               'recent:\n%s', label, at, at - 1, #document.text, #expected,
               shadow == expected and 'matches' or 'differs from',
               lib.show(document.text:sub(math.max(1, at - 40), at + 40)),
               lib.show(expected:sub(math.max(1, at - 40), at + 40)), recent_history())
    end
    local version = vim.lsp.util.buf_versions[bufnr]
    if document.version ~= version then
      lib.fail('%s: the server has version %s, the client sent %s', label, tostring(document.version),
               tostring(version))
    end
  end

  check('after didOpen')

  local api = vim.api
  local started = vim.loop.hrtime()
  for i = 1, EDITS do
    local lines = api.nvim_buf_get_lines(bufnr, 0, -1, true)
    local n = #lines
    local size = 0
    for _, l in ipairs(lines) do
      size = size + #l + 1
    end
    local row = math.random(0, n - 1)
    local col = random_column(lines[row + 1])
    local r = math.random(100)
    local desc
    if size > MAX_BYTES then
      -- Bounded size: drop a run of lines (or all of them).
      local first = math.random(0, n - 1)
      local last = math.min(n, first + math.random(1, math.max(1, math.floor(n / 2))))
      desc = string.format('set_lines(%d, %d, {})', first, last)
      api.nvim_buf_set_lines(bufnr, first, last, true, {})
    elseif r <= 35 then
      local text = random_text(8, true)
      desc = string.format('set_text(%d, %d, %d, %d, %s)', row, col, row, col, lib.show(text))
      api.nvim_buf_set_text(bufnr, row, col, row, col, vim.split(text, '\n', { plain = true }))
    elseif r <= 70 then
      -- Delete (r <= 58) or replace a range, possibly over several lines.
      local row2 = math.min(n - 1, row + math.random(0, 2) * math.random(0, 1))
      local col2 = random_column(lines[row2 + 1])
      local r1, c1, r2, c2 = row, col, row2, col2
      if r2 < r1 or (r2 == r1 and c2 < c1) then
        r1, c1, r2, c2 = r2, c2, r1, c1
      end
      local text = r <= 58 and '' or random_text(5, true)
      desc = string.format('set_text(%d, %d, %d, %d, %s)', r1, c1, r2, c2, lib.show(text))
      api.nvim_buf_set_text(bufnr, r1, c1, r2, c2, vim.split(text, '\n', { plain = true }))
    elseif r <= 78 then
      local new = {}
      for k = 1, math.random(1, 3) do
        new[k] = random_text(6, false)
      end
      local at = math.random(0, n)
      desc = string.format('set_lines(%d, %d, %s)', at, at, lib.show(table.concat(new, '\n')))
      api.nvim_buf_set_lines(bufnr, at, at, true, new)
    elseif r <= 84 then
      local first = math.random(0, n - 1)
      local last = math.min(n, first + math.random(1, 3))
      local new = {}
      for k = 1, math.random(0, 2) do
        new[k] = random_text(6, false)
      end
      desc = string.format('set_lines(%d, %d, %s)', first, last, lib.show(table.concat(new, '\n')))
      api.nvim_buf_set_lines(bufnr, first, last, true, new)
    elseif r <= 92 then
      -- Join a line with the next one.
      if row < n - 1 then
        desc = string.format('join line %d', row)
        api.nvim_buf_set_text(bufnr, row, #lines[row + 1], row + 1, 0, { '' })
      else
        desc = 'join (last line: nothing)'
      end
    else
      desc = string.format('split line %d at %d', row, col)
      api.nvim_buf_set_text(bufnr, row, col, row, col, { '', '' })
    end
    remember(string.format('edit %d: %s', i, desc))

    if i % CHECK_EVERY == 0 or i == EDITS then
      check(string.format('after edit %d', i))
    end
  end
  local seconds = (vim.loop.hrtime() - started) / 1e9
  lib.log('ok: %d edits, %d changes in %d didChange notifications, %d checks, %.1f s; final ' ..
          'document %d bytes', EDITS, changes_sent, notifications,
          math.floor(EDITS / CHECK_EVERY) + 1, seconds, #lib.buffer_text(bufnr))

  lib.shutdown(client)
  lib.log('ok: server exited cleanly')
end)
