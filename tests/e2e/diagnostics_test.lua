-- End-to-end: a real Neovim opens a Markdown draft through editors/neovim, gets the
-- claims/weasel-attribution diagnostic from the real server on the right line and columns, then
-- deletes the sentence and sees the diagnostic go.
--
-- Environment: PARALLAX_BIN, PARALLAX_NVIM_PLUGIN, PARALLAX_E2E_FIXTURES, and optionally
-- PARALLAX_E2E_ENCODINGS (comma-separated position encodings to offer, default "utf-16").

local lib = dofile(vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':h') .. '/lib.lua')

local SENTENCE = 'These moves are viewed with skepticism by many within the region.'

local function weasel_diagnostics(bufnr)
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp_code = d.user_data and d.user_data.lsp and d.user_data.lsp.code
    if d.code == lib.RULE or d.source == lib.RULE or lsp_code == lib.RULE then
      table.insert(found, d)
    end
  end
  return found
end

local function describe(diagnostics)
  local parts = {}
  for _, d in ipairs(diagnostics) do
    table.insert(parts, string.format('  %d:%d-%d:%d code=%s source=%s %s', d.lnum, d.col,
                                      d.end_lnum or -1, d.end_col or -1, tostring(d.code),
                                      tostring(d.source), d.message))
  end
  if #parts == 0 then
    return '  (none)'
  end
  return table.concat(parts, '\n')
end

lib.run(function()
  local encodings = vim.split(lib.getenv('PARALLAX_E2E_ENCODINGS', 'utf-16'), ',', { plain = true })
  local fixtures = lib.getenv('PARALLAX_E2E_FIXTURES')
  local parallax = lib.setup_plugin({ position_encodings = encodings })

  vim.cmd('edit ' .. vim.fn.fnameescape(fixtures .. '/commentary.md'))
  local bufnr = vim.api.nvim_get_current_buf()
  if vim.bo[bufnr].filetype ~= 'markdown' then
    lib.fail('commentary.md got filetype %q, not markdown', vim.bo[bufnr].filetype)
  end
  local client = lib.wait_for_client(bufnr)
  local expected_encoding = encodings[1]
  if client.offset_encoding ~= expected_encoding then
    lib.fail('offered %s, but the client counts columns in %s (server chose %s)',
             table.concat(encodings, ','), client.offset_encoding,
             vim.inspect(client.server_capabilities.positionEncoding))
  end

  -- Where the sentence is, in Neovim's (byte) columns.
  local row, scol
  for i, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, true)) do
    local s = line:find(SENTENCE, 1, true)
    if s then
      row, scol = i - 1, s - 1
    end
  end
  if row == nil then
    lib.fail('the fixture lacks the sentence %q', SENTENCE)
  end
  local ecol = scol + #SENTENCE

  -- 1. The diagnostic arrives, on that sentence and nowhere else.
  local ok = vim.wait(lib.timeout_ms, function()
    return #weasel_diagnostics(bufnr) > 0
  end, 50)
  if not ok then
    lib.fail('no %s diagnostic within %d ms; diagnostics received:\n%s', lib.RULE, lib.timeout_ms,
             describe(vim.diagnostic.get(bufnr)))
  end
  local found = weasel_diagnostics(bufnr)
  if #found ~= 1 then
    lib.fail('expected one %s diagnostic (the rest of the draft is sourced), got %d:\n%s', lib.RULE,
             #found, describe(found))
  end
  local d = found[1]
  if d.lnum ~= row or (d.end_lnum or d.lnum) ~= row then
    lib.fail('%s diagnostic is on line %d-%d, expected line %d:\n%s', lib.RULE, d.lnum,
             d.end_lnum or d.lnum, row, describe(found))
  end
  -- The line has non-ASCII text (an em dash, curly quotes) before the sentence, so byte and
  -- UTF-16 columns differ: a server that mixes them up lands outside the sentence.
  if d.col < scol or d.col >= ecol or d.end_col <= d.col or d.end_col > ecol then
    lib.fail('%s diagnostic spans byte columns %d-%d of line %d, outside the sentence at %d-%d ' ..
             '(%s columns):\n%s', lib.RULE, d.col, d.end_col, row, scol, ecol,
             client.offset_encoding, describe(found))
  end
  lib.log('ok: %s on line %d, columns %d-%d (%s)', lib.RULE, row, d.col, d.end_col,
          client.offset_encoding)

  -- 2. A second prose buffer under the same root shares the client.
  local other_path = fixtures .. '/unsaved-notes.txt'
  vim.cmd('edit ' .. vim.fn.fnameescape(other_path))
  local other = vim.api.nvim_get_current_buf()
  if vim.bo[other].filetype ~= 'text' then
    lib.fail('unsaved-notes.txt got filetype %q, not text', vim.bo[other].filetype)
  end
  local other_client = lib.wait_for_client(other)
  if other_client.id ~= client.id then
    lib.fail('a second buffer under the same root started client %d; expected to share client %d',
             other_client.id, client.id)
  end
  local roots = vim.tbl_count(parallax.clients())
  if roots ~= 1 then
    lib.fail('expected one Parallax client, found %d: %s', roots, vim.inspect(parallax.clients()))
  end
  vim.cmd('buffer ' .. bufnr)

  -- 3. Deleting the sentence (and the space after it) clears the diagnostic.
  local line = vim.api.nvim_buf_get_lines(bufnr, row, row + 1, true)[1]
  local cut_end = ecol
  if line:sub(ecol + 1, ecol + 1) == ' ' then
    cut_end = ecol + 1
  end
  vim.api.nvim_buf_set_text(bufnr, row, scol, row, cut_end, { '' })
  ok = vim.wait(lib.timeout_ms, function()
    return #weasel_diagnostics(bufnr) == 0
  end, 50)
  if not ok then
    lib.fail('the %s diagnostic is still there %d ms after the sentence was deleted:\n%s', lib.RULE,
             lib.timeout_ms, describe(weasel_diagnostics(bufnr)))
  end
  local document = lib.server_document(client, bufnr)
  local expected = lib.buffer_text(bufnr)
  if document.text ~= expected then
    local at = lib.first_difference(document.text, expected)
    lib.fail('after the edit the server text differs from the buffer at byte %d:\n server: %s\n buffer: %s',
             at, lib.excerpt(document.text, at, 40),
             lib.excerpt(expected, at, 40))
  end
  lib.log('ok: diagnostic cleared after the edit (server at version %s)', tostring(document.version))

  lib.shutdown(client)
  lib.log('ok: server exited cleanly')
end)
