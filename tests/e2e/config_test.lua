-- The Neovim plugin's configuration surface, without a server: the nvim-lspconfig and
-- Neovim 0.11 configuration files load on their own, root finding walks up to the markers, and
-- setup() refuses options of the wrong type.
--
-- Environment: PARALLAX_NVIM_PLUGIN, PARALLAX_E2E_FIXTURES.

local lib = dofile(vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':h') .. '/lib.lua')

local function expect(cond, fmt, ...)
  if not cond then
    lib.fail(fmt, ...)
  end
end

lib.run(function()
  local plugin_dir = lib.getenv('PARALLAX_NVIM_PLUGIN')
  local fixtures = lib.getenv('PARALLAX_E2E_FIXTURES')
  vim.opt.runtimepath:prepend(plugin_dir)

  -- nvim-lspconfig's layout (older and newer paths), loaded without lspconfig installed.
  for _, name in ipairs({ 'lspconfig.server_configurations.parallax', 'lspconfig.configs.parallax' }) do
    local ok, config = pcall(require, name)
    expect(ok, 'require(%q) failed: %s', name, tostring(config))
    local dc = config.default_config
    expect(type(dc) == 'table', '%s has no default_config', name)
    expect(vim.deep_equal(dc.cmd, { 'parallax', 'server' }), '%s: cmd is %s', name, vim.inspect(dc.cmd))
    expect(vim.tbl_contains(dc.filetypes, 'markdown') and vim.tbl_contains(dc.filetypes, 'text'),
           '%s: filetypes are %s', name, vim.inspect(dc.filetypes))
    expect(type(dc.root_dir) == 'function', '%s: root_dir is not a function', name)
    expect(type(config.docs) == 'table' and type(config.docs.description) == 'string',
           '%s has no docs.description', name)
    expect(dc.get_language_id(0, 'text') == 'plaintext', '%s: text is not sent as plaintext', name)
  end

  -- Neovim 0.11's lsp/ directory.
  local native = dofile(plugin_dir .. '/lsp/parallax.lua')
  expect(vim.deep_equal(native.cmd, { 'parallax', 'server' }), 'lsp/parallax.lua: cmd is %s',
         vim.inspect(native.cmd))

  -- Root finding: the nearest ancestor with a marker, else the file's own directory.
  local parallax = require('parallax')
  local tmp = vim.fn.tempname()
  vim.fn.mkdir(tmp .. '/project/drafts/2024', 'p')
  vim.fn.mkdir(tmp .. '/project/.git', 'p')
  vim.fn.mkdir(tmp .. '/loose', 'p')
  local root = parallax.find_root(tmp .. '/project/drafts/2024/a.md', { '.git' })
  expect(root == tmp .. '/project', 'find_root gave %s, expected %s', root, tmp .. '/project')
  root = parallax.find_root(tmp .. '/loose/b.txt', { 'no-such-marker-here' })
  expect(root == tmp .. '/loose', 'find_root without a marker gave %s, expected %s', root, tmp .. '/loose')
  local lspconfig_root = require('lspconfig.server_configurations.parallax').default_config.root_dir(
    tmp .. '/project/drafts/2024/a.md')
  expect(lspconfig_root == tmp .. '/project', 'lspconfig root_dir gave %s', tostring(lspconfig_root))
  expect(parallax.find_root(fixtures .. '/commentary.md', { 'commentary.md' }) == fixtures,
         'find_root does not stop at a marker file')

  -- setup() checks its options.
  local ok, err = pcall(parallax.setup, { cmd = 'parallax server' })
  expect(not ok and tostring(err):find('cmd', 1, true), 'setup accepted a string cmd (%s)', tostring(err))
  ok, err = pcall(parallax.setup, { filetypes = { 'markdown' }, cmd = { 'true' } })
  expect(ok, 'setup with valid options failed: %s', tostring(err))
  expect(vim.deep_equal(parallax.config.filetypes, { 'markdown' }), 'filetypes not applied')
  expect(parallax.config.flags.debounce_text_changes == 150, 'default flags lost when merging')
  lib.log('ok: configuration files and setup()')
end)
