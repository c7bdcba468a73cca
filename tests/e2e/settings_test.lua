-- End-to-end: settings given to require('parallax').setup reach the real server through
-- Neovim's answer to workspace/configuration (section "parallax"), and the plugin's
-- perspective_map() runs the parallax.perspectiveMap command.
--
-- Environment: PARALLAX_BIN, PARALLAX_NVIM_PLUGIN.

local lib = dofile(vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':h') .. '/lib.lua')

lib.run(function()
  local dir = vim.fn.tempname()
  vim.fn.mkdir(dir, 'p')
  local path = dir .. '/draft.md'
  local file = assert(io.open(path, 'w'))
  file:write("# Tokyo\n\nCritics say the plan will fail. Japan's defence ministry said it welcomed it.\n")
  file:close()

  -- Flat settings, as .parallax.json writes them: the plugin files them under "parallax".
  local parallax = lib.setup_plugin({ settings = { rules = { [lib.RULE] = 'error' } } })
  vim.cmd('edit ' .. vim.fn.fnameescape(path))
  local bufnr = vim.api.nvim_get_current_buf()
  local client = lib.wait_for_client(bufnr)

  -- The rule's default severity is a warning; the editor's settings make it an error.
  local ok = vim.wait(lib.timeout_ms, function()
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      local lsp = d.user_data and d.user_data.lsp
      if lsp and lsp.code == lib.RULE and d.severity == vim.diagnostic.severity.ERROR then
        return true
      end
    end
    return false
  end, 50)
  if not ok then
    lib.fail('no %s error within %d ms (the settings did not reach the server): %s', lib.RULE,
             lib.timeout_ms, vim.inspect(vim.diagnostic.get(bufnr)))
  end
  lib.log('ok: the editor settings made %s an error', lib.RULE)

  local map
  parallax.perspective_map(bufnr, function(result)
    map = result
  end)
  ok = vim.wait(lib.timeout_ms, function()
    return map ~= nil
  end, 50)
  if not ok then
    lib.fail('perspective_map() got no answer within %d ms', lib.timeout_ms)
  end
  if not vim.deep_equal(map.voiced, { 'JP' }) or type(map.markdown) ~= 'string'
      or not map.markdown:find('Japan (JP)', 1, true) then
    lib.fail('unexpected perspective map: %s', vim.inspect(map))
  end
  lib.log('ok: perspective map %s', vim.inspect(map.voiced))

  lib.shutdown(client)
  lib.log('ok: server exited cleanly')
end)
