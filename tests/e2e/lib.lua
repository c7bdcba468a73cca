-- Shared helpers for the end-to-end tests: a real headless Neovim (0.7) driving the real
-- `parallax server` through editors/neovim. Each test script is run as
--
--     nvim --headless -u NONE -i NONE -n -c "luafile TEST.lua"
--
-- with PARALLAX_BIN (the server binary) and PARALLAX_NVIM_PLUGIN (editors/neovim) in the
-- environment, and exits with `cquit N`: 0 on success, 1 when an assertion fails, 2 when the
-- script itself breaks.

local M = {}

M.RULE = 'claims/weasel-attribution'

--- Milliseconds to wait for the server; generous, for sanitizer builds on a busy machine.
M.timeout_ms = tonumber(os.getenv('PARALLAX_E2E_TIMEOUT_MS') or '') or 20000

function M.getenv(name, default)
  local value = os.getenv(name)
  if value == nil or value == '' then
    if default == nil then
      error('environment variable ' .. name .. ' is not set')
    end
    return default
  end
  return value
end

local function quit(code)
  io.stderr:flush()
  io.stdout:flush()
  vim.cmd('cquit ' .. tostring(code))
end

--- Prints "FAIL: message" to stderr and exits with status 1.
function M.fail(fmt, ...)
  local message = select('#', ...) > 0 and string.format(fmt, ...) or fmt
  io.stderr:write('FAIL: ' .. message .. '\n')
  quit(1)
  error('unreachable: cquit returned') -- never returns to the caller
end

function M.log(fmt, ...)
  local message = select('#', ...) > 0 and string.format(fmt, ...) or fmt
  io.stderr:write(message .. '\n')
end

--- Runs `main`; exits 0 when it returns, 2 (with a traceback) when it raises.
function M.run(main)
  local ok, err = xpcall(main, debug.traceback)
  if not ok then
    io.stderr:write('ERROR: ' .. tostring(err) .. '\n')
    quit(2)
  end
  quit(0)
end

--- Puts editors/neovim on 'runtimepath' and calls require('parallax').setup with the server
--- binary and `opts` merged in. Returns the module.
function M.setup_plugin(opts)
  local plugin_dir = M.getenv('PARALLAX_NVIM_PLUGIN')
  local bin = M.getenv('PARALLAX_BIN')
  vim.opt.runtimepath:prepend(plugin_dir)
  vim.o.hidden = true
  vim.cmd('filetype on')
  M.server_exit = nil
  local parallax = require('parallax')
  local config = vim.tbl_extend('force', {
    cmd = { bin, 'server' },
    on_exit = function(code, signal)
      M.server_exit = { code = code, signal = signal }
    end,
  }, opts or {})
  parallax.setup(config)
  return parallax
end

--- Waits until the Parallax client is initialized and has sent didOpen for `bufnr`.
function M.wait_for_client(bufnr)
  local client
  local ok = vim.wait(M.timeout_ms, function()
    for _, c in pairs(vim.lsp.buf_get_clients(bufnr)) do
      if c.name == 'parallax' and c.initialized and c.attached_buffers[bufnr] then
        client = c
        return true
      end
    end
    return M.server_exit ~= nil
  end, 20)
  if M.server_exit ~= nil then
    M.fail('the server exited during start-up (code %s, signal %s)', tostring(M.server_exit.code),
           tostring(M.server_exit.signal))
  end
  if not ok or client == nil then
    M.fail('no initialized Parallax client attached to buffer %d after %d ms (is FileType %q ' ..
           'in the filetypes?)', bufnr, M.timeout_ms, vim.bo[bufnr].filetype)
  end
  return client
end

--- The text Neovim 0.7 sends for a buffer (see buf_get_full_text in runtime/lua/vim/lsp.lua):
--- the lines joined by the 'fileformat' line ending, plus one more when 'eol' is set.
function M.buffer_text(bufnr)
  local line_ending = ({ dos = '\r\n', unix = '\n', mac = '\r' })[vim.bo[bufnr].fileformat] or '\n'
  local text = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, true), line_ending)
  if vim.bo[bufnr].eol then
    text = text .. line_ending
  end
  return text
end

--- The server's copy of the document, through the custom `parallax/documentText` request.
--- Returns { uri, version, text }.
function M.server_document(client, bufnr)
  local uri = vim.uri_from_bufnr(bufnr)
  local response, err = client.request_sync('parallax/documentText', { textDocument = { uri = uri } },
                                            M.timeout_ms, bufnr)
  if response == nil then
    M.fail('parallax/documentText for %s got no reply: %s', uri, tostring(err))
  end
  if response.err then
    M.fail('parallax/documentText for %s failed: %s', uri, vim.inspect(response.err))
  end
  local result = response.result
  if type(result) ~= 'table' or type(result.text) ~= 'string' then
    M.fail('parallax/documentText for %s returned %s', uri, vim.inspect(result))
  end
  return result
end

--- Shows a string with control characters and non-ASCII escaped, for failure messages.
function M.show(s)
  return '"' .. s:gsub('\\', '\\\\'):gsub('\n', '\\n'):gsub('\r', '\\r'):gsub('\t', '\\t') .. '"'
end

--- `s` around byte `at` (1-based), `radius` bytes each side widened to whole UTF-8 characters,
--- escaped for a failure message.
function M.excerpt(s, at, radius)
  local first, last = math.max(1, at - radius), math.min(#s, at + radius)
  while first > 1 and (s:byte(first) or 0) >= 0x80 and (s:byte(first) or 0) < 0xC0 do
    first = first - 1
  end
  while last < #s and (s:byte(last + 1) or 0) >= 0x80 and (s:byte(last + 1) or 0) < 0xC0 do
    last = last + 1
  end
  return M.show(s:sub(first, last))
end

--- The first byte offset (1-based) where two strings differ, or nil when they are equal.
function M.first_difference(a, b)
  if a == b then
    return nil
  end
  local n = math.min(#a, #b)
  -- Compare in chunks first: the strings are a few KB and this runs often.
  local i = 1
  local step = 64
  while i <= n do
    local j = math.min(i + step - 1, n)
    if a:sub(i, j) ~= b:sub(i, j) then
      for k = i, j do
        if a:byte(k) ~= b:byte(k) then
          return k
        end
      end
    end
    i = j + 1
  end
  return n + 1
end

--- Asks the server to shut down and waits for it to exit; fails unless it exits with status 0.
function M.shutdown(client)
  client.stop()
  local ok = vim.wait(M.timeout_ms, function()
    return M.server_exit ~= nil
  end, 20)
  if not ok then
    M.fail('the server did not exit within %d ms of shutdown/exit', M.timeout_ms)
  end
  if M.server_exit.code ~= 0 or (M.server_exit.signal ~= 0 and M.server_exit.signal ~= nil) then
    M.fail('the server exited with code %s, signal %s after shutdown/exit (see the LSP log)',
           tostring(M.server_exit.code), tostring(M.server_exit.signal))
  end
end

return M
