-- End-to-end: a real Neovim applies Parallax code actions through its own LSP client. It asks
-- for the actions of a claims/weasel-attribution diagnostic (textDocument/codeAction with the
-- diagnostic as Neovim received it, `data` included), resolves "Suppress … on this line"
-- (codeAction/resolve) when the edit is not there yet, applies the edit with
-- vim.lsp.util.apply_workspace_edit and sees the diagnostic go; then inserts a citation
-- placeholder for an unsourced figure the same way. (vim.lsp.buf.code_action needs a UI to pick
-- from, so the test makes the same requests itself.)
--
-- Environment: PARALLAX_BIN, PARALLAX_NVIM_PLUGIN.

local lib = dofile(vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':h') .. '/lib.lua')

local FIGURE_RULE = 'claims/unsourced-specific'

--- The diagnostics of `rule` in LSP form (range, message, code, data), as
--- vim.lsp.buf.code_action would send them: Neovim 0.7 keeps only some LSP fields in
--- user_data.lsp, and vim.lsp.diagnostic.get_line_diagnostics puts the rest back.
local function lsp_diagnostics(bufnr, rule)
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp = d.user_data and d.user_data.lsp
    if lsp and lsp.code == rule then
      for _, full in ipairs(vim.lsp.diagnostic.get_line_diagnostics(bufnr, d.lnum)) do
        if full.code == rule then
          table.insert(found, full)
        end
      end
    end
  end
  return found
end

local function wait_for(bufnr, rule, count, what)
  local ok = vim.wait(lib.timeout_ms, function()
    return #lsp_diagnostics(bufnr, rule) == count
  end, 50)
  if not ok then
    lib.fail('%s: expected %d %s diagnostic(s), have %d: %s', what, count, rule,
             #lsp_diagnostics(bufnr, rule), vim.inspect(vim.diagnostic.get(bufnr)))
  end
end

local function request(client, bufnr, method, params)
  local response, err = client.request_sync(method, params, lib.timeout_ms, bufnr)
  if response == nil then
    lib.fail('%s got no reply: %s', method, tostring(err))
  end
  if response.err then
    lib.fail('%s failed: %s', method, vim.inspect(response.err))
  end
  return response.result
end

--- Finds the action titled `title` for the diagnostic, resolves it if needed, applies it.
local function apply_action(client, bufnr, diagnostic, title)
  local actions = request(client, bufnr, 'textDocument/codeAction', {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = diagnostic.range,
    context = { diagnostics = { diagnostic } },
  })
  local chosen
  for _, action in ipairs(actions or {}) do
    if action.title == title then
      chosen = action
    end
  end
  if chosen == nil then
    local titles = {}
    for _, action in ipairs(actions or {}) do
      table.insert(titles, action.title)
    end
    lib.fail('no action %q among %s', title, vim.inspect(titles))
  end
  if chosen.edit == nil then
    chosen = request(client, bufnr, 'codeAction/resolve', chosen)
  end
  if type(chosen.edit) ~= 'table' then
    lib.fail('the action %q resolved without an edit: %s', title, vim.inspect(chosen))
  end
  vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding)
end

local function expect_server_has_buffer(client, bufnr)
  local ok = vim.wait(lib.timeout_ms, function()
    return lib.server_document(client, bufnr).text == lib.buffer_text(bufnr)
  end, 50)
  if not ok then
    lib.fail('the server text %s differs from the buffer %s',
             lib.show(lib.server_document(client, bufnr).text), lib.show(lib.buffer_text(bufnr)))
  end
end

lib.run(function()
  local dir = vim.fn.tempname()
  vim.fn.mkdir(dir, 'p')
  local path = dir .. '/draft.md'
  local file = assert(io.open(path, 'w'))
  file:write('# Draft\n\nCritics say the plan will fail.\n\nThe fleet grew by 40 percent.\n')
  file:close()

  lib.setup_plugin({})
  vim.cmd('edit ' .. vim.fn.fnameescape(path))
  local bufnr = vim.api.nvim_get_current_buf()
  local client = lib.wait_for_client(bufnr)
  if not (client.server_capabilities.codeActionProvider or {}).resolveProvider then
    lib.fail('the server does not advertise resolvable code actions: %s',
             vim.inspect(client.server_capabilities.codeActionProvider))
  end

  -- 1. Suppress the weasel attribution on its line: the diagnostic goes.
  wait_for(bufnr, lib.RULE, 1, 'after opening')
  local weasel = lsp_diagnostics(bufnr, lib.RULE)[1]
  if type(weasel.data) ~= 'table' or weasel.data.rule ~= lib.RULE then
    lib.fail('the diagnostic carries no data for its actions: %s', vim.inspect(weasel))
  end
  apply_action(client, bufnr, weasel, 'Suppress ' .. lib.RULE .. ' on this line')
  local line = vim.api.nvim_buf_get_lines(bufnr, 2, 3, true)[1]
  local expected = '<!-- parallax-disable-next-line ' .. lib.RULE .. ' -- REASON -->'
  if line ~= expected then
    lib.fail('line 3 is %q after the suppression, expected %q', line, expected)
  end
  wait_for(bufnr, lib.RULE, 0, 'after the suppression')
  expect_server_has_buffer(client, bufnr)
  lib.log('ok: suppressed on its line, the diagnostic went')

  -- 2. A citation placeholder after the unsourced figure, before the full stop.
  wait_for(bufnr, FIGURE_RULE, 1, 'before the citation')
  apply_action(client, bufnr, lsp_diagnostics(bufnr, FIGURE_RULE)[1], 'Insert citation placeholder')
  local last = vim.api.nvim_buf_get_lines(bufnr, -2, -1, true)[1]
  if last ~= 'The fleet grew by 40 percent [citation needed].' then
    lib.fail('the last line is %q after the citation placeholder', last)
  end
  expect_server_has_buffer(client, bufnr)
  lib.log('ok: citation placeholder inserted')

  lib.shutdown(client)
  lib.log('ok: server exited cleanly')
end)
