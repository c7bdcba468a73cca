-- Configuration for Neovim 0.11+ (`vim.lsp.config` / `vim.lsp.enable('parallax')`).
return {
  cmd = { 'parallax', 'server' },
  filetypes = { 'markdown', 'text' },
  root_markers = { '.git' },
  settings = {},
}
