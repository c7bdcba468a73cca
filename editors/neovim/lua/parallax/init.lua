-- Parallax for Neovim: starts `parallax server` with Neovim's built-in LSP client for prose
-- buffers (Markdown and plain text), one client per project root.
--
--     require('parallax').setup({
--       cmd = { 'parallax', 'server' },
--       filetypes = { 'markdown', 'text' },
--       root_markers = { '.git' },
--       settings = {},
--     })
--
-- Written against the API of Neovim 0.7 (Debian 12 ships 0.7.2): there is no `vim.lsp.start`
-- and no `vim.fs`, so this uses `vim.lsp.start_client` + `vim.lsp.buf_attach_client` from a
-- FileType autocommand and walks up the directory tree itself. It works unchanged on newer
-- Neovim releases.

local M = {}

local uv = vim.loop

--- Encodings Neovim's client can count columns in (`client.offset_encoding`).
local NVIM_ENCODINGS = { ['utf-8'] = true, ['utf-16'] = true, ['utf-32'] = true }

--- The defaults; `setup()` merges the user's options over a copy of these.
M.defaults = {
  name = 'parallax',
  cmd = { 'parallax', 'server' },
  -- Filetypes whose buffers get a client. `text` is what Neovim calls *.txt files.
  filetypes = { 'markdown', 'text' },
  -- The nearest ancestor directory holding one of these is the root: one server per root.
  -- Without one, the buffer's own directory is the root.
  root_markers = { '.git' },
  -- The server's settings, with the keys of .parallax.json (rules, options, rulepacks, plugins):
  -- answered to its workspace/configuration requests for the "parallax" section. Written either
  -- as { rules = ... } or as { parallax = { rules = ... } }.
  settings = {},
  init_options = nil,
  -- Position encodings offered in `general.positionEncodings`, most preferred first. Neovim 0.7
  -- sends none and counts columns in UTF-16 unless told otherwise; offering only 'utf-16' keeps
  -- Parallax in step with any other server attached to the same buffer (Neovim warns when the
  -- clients of one buffer use different encodings). { 'utf-8', 'utf-16' } saves the server
  -- a conversion; the encoding the server picks is adopted in `on_init` either way.
  position_encodings = { 'utf-16' },
  -- Passed to vim.lsp.start_client. Neovim 0.7 debounces didChange by 150 ms when this is unset.
  flags = { debounce_text_changes = 150 },
  capabilities = nil,
  handlers = nil,
  cmd_env = nil,
  on_attach = nil,
  on_init = nil,
  on_exit = nil,
}

--- The options `setup()` was last called with (merged with the defaults).
M.config = nil

--- root directory -> client id
local clients_by_root = {}

local augroup = nil

local function is_dir(path)
  local stat = uv.fs_stat(path)
  return stat ~= nil and stat.type == 'directory'
end

local function exists(path)
  return uv.fs_stat(path) ~= nil
end

local function parent(dir)
  local p = vim.fn.fnamemodify(dir, ':h')
  if p == dir then
    return nil
  end
  return p
end

--- Finds the root directory for a file: the nearest ancestor holding one of `markers`, or the
--- file's own directory when there is none (or the working directory for a buffer with no file).
---
---     require('parallax').find_root('/src/notes/drafts/a.md', { '.git' })  --> '/src/notes'
function M.find_root(path, markers)
  if path == nil or path == '' then
    return uv.cwd()
  end
  path = vim.fn.fnamemodify(path, ':p')
  local start = is_dir(path) and path or vim.fn.fnamemodify(path, ':h')
  start = start:gsub('(.)/$', '%1')
  local dir = start
  while dir do
    for _, marker in ipairs(markers or {}) do
      if exists(dir .. '/' .. marker) then
        return dir
      end
    end
    dir = parent(dir)
  end
  return start
end

--- LSP language ids for Neovim filetypes (the LSP spec calls plain text 'plaintext').
local LANGUAGE_IDS = { text = 'plaintext', markdown = 'markdown' }

local function get_language_id(_, filetype)
  return LANGUAGE_IDS[filetype] or filetype
end

--- Client capabilities: Neovim's own, plus the position encodings we offer.
local function make_capabilities(config)
  local capabilities = config.capabilities or vim.lsp.protocol.make_client_capabilities()
  capabilities = vim.deepcopy(capabilities)
  -- Neovim 0.7 answers workspace/configuration from `settings` but does not say so.
  capabilities.workspace = capabilities.workspace or {}
  if capabilities.workspace.configuration == nil then
    capabilities.workspace.configuration = true
  end
  if config.position_encodings and #config.position_encodings > 0 then
    capabilities.general = capabilities.general or {}
    capabilities.general.positionEncodings = config.position_encodings
  end
  return capabilities
end

--- Adopts the server's `positionEncoding`: called from on_init, before didOpen is sent.
local function adopt_position_encoding(client, result, config)
  local chosen = result and result.capabilities and result.capabilities.positionEncoding
  if chosen == nil then
    -- LSP 3.17: a server that says nothing uses UTF-16.
    chosen = 'utf-16'
  end
  local offered = false
  for _, e in ipairs(config.position_encodings or { 'utf-16' }) do
    if e == chosen then
      offered = true
    end
  end
  if not NVIM_ENCODINGS[chosen] or (not offered and chosen ~= 'utf-16') then
    vim.notify(string.format('parallax: server chose position encoding %q, which was not offered; ' ..
                             'keeping %s', tostring(chosen), client.offset_encoding),
               vim.log.levels.WARN)
    return
  end
  client.offset_encoding = chosen
end

--- Neovim 0.7 sends a wrong change when every line of a buffer is deleted (`ggdG`, `:%d`):
--- the buffer keeps one empty line, and with 'eol' the text is one line ending, but the client
--- sends a range from (0, 0) to the very end of the document with empty text, which deletes the
--- last line ending too. From then on the server's copy lacks its final newline. This wraps
--- `client.notify` to count the lines of every open document and, for that one change, send the
--- line ending it should have kept. A client without the bug never sends such a change for a
--- buffer with 'eol' (its text is never empty), so the repair is inert there.
local function count_line_endings(text, mac)
  local _, n = text:gsub(mac and '\r' or '\n', '')
  return n
end

local function install_sync_repair(client)
  local lines_by_uri = {} -- uri -> line endings in the server's copy
  local notify = client.notify
  client.notify = function(method, params)
    if method == 'textDocument/didOpen' then
      local ff = vim.bo[vim.uri_to_bufnr(params.textDocument.uri)].fileformat
      lines_by_uri[params.textDocument.uri] = count_line_endings(params.textDocument.text, ff == 'mac')
    elseif method == 'textDocument/didClose' then
      lines_by_uri[params.textDocument.uri] = nil
    elseif method == 'textDocument/didChange' and lines_by_uri[params.textDocument.uri] then
      local uri = params.textDocument.uri
      local bufnr = vim.uri_to_bufnr(uri)
      local ff = vim.bo[bufnr].fileformat
      local n = lines_by_uri[uri]
      for _, change in ipairs(params.contentChanges) do
        local range = change.range
        if range == nil then
          n = count_line_endings(change.text, ff == 'mac')
        else
          if change.text == '' and range.start.line == 0 and range.start.character == 0
              and range['end'].character == 0 and range['end'].line == n and n > 0
              and vim.bo[bufnr].eol then
            change.text = ({ dos = '\r\n', mac = '\r' })[ff] or '\n'
          end
          n = n - (range['end'].line - range.start.line) + count_line_endings(change.text, ff == 'mac')
        end
      end
      lines_by_uri[uri] = n
    end
    return notify(method, params)
  end
end

--- Settings as Neovim's client answers workspace/configuration: by section, so the server's
--- "parallax" section must be a key. { rules = ... } becomes { parallax = { rules = ... } }.
local function sectioned(settings)
  if settings == nil or vim.tbl_isempty(settings) or settings.parallax ~= nil then
    return settings or {}
  end
  return { parallax = settings }
end

local function start_client(root, config)
  local client_config = {
    name = config.name,
    cmd = config.cmd,
    cmd_cwd = root,
    cmd_env = config.cmd_env,
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = root } },
    settings = sectioned(config.settings),
    init_options = config.init_options,
    capabilities = make_capabilities(config),
    handlers = config.handlers,
    flags = vim.deepcopy(config.flags or {}),
    offset_encoding = 'utf-16',
    get_language_id = get_language_id,
    on_attach = config.on_attach,
    on_init = function(client, result)
      adopt_position_encoding(client, result, config)
      install_sync_repair(client)
      if config.settings and not vim.tbl_isempty(config.settings) then
        -- The server then asks for the "parallax" section (workspace/configuration).
        client.notify('workspace/didChangeConfiguration', { settings = sectioned(config.settings) })
      end
      if config.on_init then
        config.on_init(client, result)
      end
    end,
    on_exit = function(code, signal, client_id)
      if clients_by_root[root] == client_id then
        clients_by_root[root] = nil
      end
      if config.on_exit then
        config.on_exit(code, signal, client_id)
      end
    end,
  }
  return vim.lsp.start_client(client_config)
end

--- The running client for a root, if any.
local function live_client(root)
  local id = clients_by_root[root]
  if id == nil then
    return nil
  end
  local client = vim.lsp.get_client_by_id(id)
  if client == nil or client.is_stopped() then
    clients_by_root[root] = nil
    return nil
  end
  return id
end

--- Attaches Parallax to a buffer (starting a server for its root if needed). Returns the client
--- id, or nil when the buffer is not a file buffer or the server could not be started.
function M.attach(bufnr)
  local config = M.config or vim.deepcopy(M.defaults)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  if not vim.api.nvim_buf_is_valid(bufnr) or vim.bo[bufnr].buftype ~= '' then
    return nil
  end
  local name = vim.api.nvim_buf_get_name(bufnr)
  if name == '' then
    return nil -- a scratch buffer has no URI the server could report diagnostics against
  end
  local root = M.find_root(name, config.root_markers)
  local id = live_client(root)
  if id == nil then
    id = start_client(root, config)
    if id == nil then
      vim.notify('parallax: could not start ' .. table.concat(config.cmd, ' '), vim.log.levels.ERROR)
      return nil
    end
    clients_by_root[root] = id
  end
  vim.lsp.buf_attach_client(bufnr, id)
  return id
end

--- Client ids by root directory, for statuslines and tests.
function M.clients()
  local result = {}
  for root, _ in pairs(clients_by_root) do
    local id = live_client(root)
    if id then
      result[root] = id
    end
  end
  return result
end

--- The Parallax client of a buffer (the current one by default), or nil.
local function client_of(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  for _, client in pairs(vim.lsp.buf_get_clients(bufnr)) do
    if client.name == (M.config or M.defaults).name then
      return client, bufnr
    end
  end
  return nil, bufnr
end

--- Asks the server for the draft's perspective map (the parallax.perspectiveMap command): which
--- regions it discusses, which countries it mentions and lets speak, and where. Calls
--- `on_result(map)` with the map (its `markdown` field renders it), or shows it in a floating
--- window when no callback is given.
function M.perspective_map(bufnr, on_result)
  local client
  client, bufnr = client_of(bufnr)
  if client == nil then
    vim.notify('parallax: no Parallax server for this buffer', vim.log.levels.WARN)
    return
  end
  local params = { command = 'parallax.perspectiveMap', arguments = { vim.uri_from_bufnr(bufnr) } }
  client.request('workspace/executeCommand', params, function(err, map)
    if err then
      vim.notify('parallax: ' .. tostring(err.message or err), vim.log.levels.ERROR)
    elseif on_result then
      on_result(map)
    else
      vim.lsp.util.open_floating_preview(vim.split(map.markdown or '', '\n', { plain = true }),
                                         'markdown', { border = 'single' })
    end
  end, bufnr)
end

--- Lints every draft of the buffer's project (the parallax.lintWorkspace command): findings of
--- drafts that are not open appear as diagnostics too (`:lua vim.diagnostic.setqflist()`).
function M.lint_workspace(bufnr, on_result)
  local client
  client, bufnr = client_of(bufnr)
  if client == nil then
    vim.notify('parallax: no Parallax server for this buffer', vim.log.levels.WARN)
    return
  end
  client.request('workspace/executeCommand', { command = 'parallax.lintWorkspace' }, function(err, result)
    if err then
      vim.notify('parallax: ' .. tostring(err.message or err), vim.log.levels.ERROR)
    elseif on_result then
      on_result(result)
    else
      vim.notify(string.format('parallax: %d findings in %d of %d drafts', result.findings,
                               result.filesWithFindings, result.files))
    end
  end, bufnr)
end

--- Stops every Parallax client.
function M.stop(force)
  for root, id in pairs(clients_by_root) do
    local client = vim.lsp.get_client_by_id(id)
    if client then
      client.stop(force)
    end
    clients_by_root[root] = nil
  end
end

--- Configures Parallax and attaches it to matching buffers, now and from now on.
function M.setup(opts)
  opts = opts or {}
  vim.validate({
    cmd = { opts.cmd, 't', true },
    filetypes = { opts.filetypes, 't', true },
    root_markers = { opts.root_markers, 't', true },
    settings = { opts.settings, 't', true },
    position_encodings = { opts.position_encodings, 't', true },
    flags = { opts.flags, 't', true },
    on_attach = { opts.on_attach, 'f', true },
    on_init = { opts.on_init, 'f', true },
    on_exit = { opts.on_exit, 'f', true },
  })
  local config = vim.tbl_extend('force', vim.deepcopy(M.defaults), opts)
  if opts.flags then
    config.flags = vim.tbl_extend('force', vim.deepcopy(M.defaults.flags), opts.flags)
  end
  M.config = config

  augroup = vim.api.nvim_create_augroup('parallax', { clear = true })
  vim.api.nvim_create_autocmd('FileType', {
    group = augroup,
    pattern = config.filetypes,
    callback = function(args)
      M.attach(args.buf)
    end,
    desc = 'Attach the Parallax language server',
  })

  -- Buffers that were already open before setup().
  local wanted = {}
  for _, ft in ipairs(config.filetypes) do
    wanted[ft] = true
  end
  for _, bufnr in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(bufnr) and wanted[vim.bo[bufnr].filetype] then
      M.attach(bufnr)
    end
  end
end

return M
