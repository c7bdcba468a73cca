-- End-to-end: 10,000 random edits made through Neovim's own buffer API, so that Neovim's LSP
-- client computes the incremental didChange events itself; every so often the server's copy
-- (`parallax/documentText`) must equal the buffer.
--
-- A shadow copy of the document, kept by applying every didChange sent to the server (lines end
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
--- offset; when the position had to be clamped, a note saying why; and whether the column counted
--- past a character outside the BMP (where UTF-16 and code point counts differ).
local function offset_of(text, position, encoding)
  local line_start = 0
  for _ = 1, position.line do
    local nl = text:find('\n', line_start + 1, true)
    if nl == nil then
      return #text, 'line past the end', false
    end
    line_start = nl
  end
  local nl = text:find('\n', line_start + 1, true)
  local line_end = nl and (nl - 1) or #text
  local offset, units, astral = line_start, 0, false
  while units < position.character do
    if offset >= line_end then
      return line_end, 'column past the end of the line', astral
    end
    local n = encoding == 'utf-8' and 1 or seq_len(text:byte(offset + 1))
    astral = astral or text:byte(offset + 1) >= 0xF0
    units = units + ((n == 4 and encoding == 'utf-16') and 2 or 1)
    offset = offset + n
  end
  if units > position.character then
    return offset, 'column inside a surrogate pair', astral
  end
  return offset, nil, astral
end

-- How often the edits reached the cases this test is for; counted from the changes sent.
local coverage = {
  ['column after an astral character'] = 0,
  ['position between a line-ending "\\r" and "\\n"'] = 0,
  ['range over several lines'] = 0,
  ['inserted text with "\\r"'] = 0,
  ['inserted line break'] = 0,
  ['deleted line break'] = 0,
  ['column after a combining mark'] = 0,
  ['whole document emptied'] = 0,
}

local function count(what, yes)
  if yes then
    coverage[what] = coverage[what] + 1
  end
end

local function apply_change(text, change, encoding)
  if change.range == nil then
    return change.text, nil
  end
  local s, note1, astral1 = offset_of(text, change.range.start, encoding)
  local e, note2, astral2 = offset_of(text, change.range['end'], encoding)
  if e < s then
    return text, 'reversed range'
  end
  local function before_crlf(o)
    return text:byte(o) == 13 and text:byte(o + 1) == 10
  end
  local function after_combining(o) -- U+0300..U+036F are CC 80..CD AF
    local lead = text:byte(o - 1)
    return (lead == 0xCC or lead == 0xCD) and o >= 2
  end
  count('column after an astral character', astral1 or astral2)
  count('position between a line-ending "\\r" and "\\n"', before_crlf(s) or before_crlf(e))
  count('range over several lines', change.range.start.line ~= change.range['end'].line)
  count('inserted text with "\\r"', change.text:find('\r', 1, true) ~= nil)
  count('inserted line break', change.text:find('\n', 1, true) ~= nil)
  count('deleted line break', text:sub(s + 1, e):find('\n', 1, true) ~= nil)
  count('column after a combining mark', after_combining(s) or after_combining(e))
  local result = text:sub(1, s) .. change.text .. text:sub(e + 1)
  count('whole document emptied', result == '\n')
  return result, note1 or note2
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
  local client_failure = nil
  -- Watch the wire (client.rpc), after editors/neovim's repairs of Neovim's changes.
  local real_notify = client.rpc.notify
  client.rpc.notify = function(method, params)
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
        -- on_lines runs under textlock (no :cquit there): the edit loop reports it.
        client_failure = client_failure or string.format('Neovim %s (with editors/neovim) sent changes that do not reproduce its ' ..
                 'own buffer (a client bug, not the server\'s) at byte %d, version %s:\n shadow: %s\n buffer: %s\nrecent:\n%s',
                 tostring(vim.version().major .. '.' .. vim.version().minor .. '.' .. vim.version().patch),
                 at, tostring(params.textDocument.version),
                 lib.excerpt(shadow, at, 30),
                 lib.excerpt(actual, at, 30), recent_history())
      end
    end
    return real_notify(method, params)
  end

  local function check(label)
    local document = lib.server_document(client, bufnr)
    if client_failure then
      lib.fail('%s', client_failure)
    end
    local expected = lib.buffer_text(bufnr)
    if document.text ~= expected then
      local at = lib.first_difference(document.text, expected)
      lib.fail('%s: the server text differs from the buffer at byte offset %d (0-based %d; ' ..
               'server %d bytes, buffer %d; shadow %s the buffer):\n server: %s\n buffer: %s\n' ..
               'recent:\n%s', label, at, at - 1, #document.text, #expected,
               shadow == expected and 'matches' or 'differs from',
               lib.excerpt(document.text, at, 40),
               lib.excerpt(expected, at, 40), recent_history())
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
      if math.random(4) == 1 then
        first, last = 0, n -- sometimes everything: Neovim keeps one empty line
      end
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
    if client_failure then
      lib.fail('%s', client_failure)
    end

    if i % CHECK_EVERY == 0 or i == EDITS then
      check(string.format('after edit %d', i))
    end
  end
  local seconds = (vim.loop.hrtime() - started) / 1e9
  lib.log('ok: %d edits, %d changes in %d didChange notifications, %d checks, %.1f s; final ' ..
          'document %d bytes', EDITS, changes_sent, notifications,
          math.floor(EDITS / CHECK_EVERY) + 1, seconds, #lib.buffer_text(bufnr))

  local names = vim.tbl_keys(coverage)
  table.sort(names)
  local missing = {}
  for _, name in ipairs(names) do
    lib.log('  %6d changes: %s', coverage[name], name)
    if coverage[name] == 0 then
      table.insert(missing, name)
    end
  end
  -- A full run must reach every case; if the generator stops reaching one, the test says so.
  if EDITS >= 3000 and #missing > 0 then
    lib.fail('the random edits never produced: %s', table.concat(missing, '; '))
  end

  lib.shutdown(client)
  lib.log('ok: server exited cleanly')
end)
