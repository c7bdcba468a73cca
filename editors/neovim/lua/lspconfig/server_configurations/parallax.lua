-- nvim-lspconfig configuration for Parallax. With this directory on 'runtimepath':
--
--     require('lspconfig').parallax.setup({})
--
-- Uses lspconfig's own root finding when lspconfig is there, and Parallax's otherwise, so that
-- the file also loads on its own (the end-to-end tests load it without lspconfig).

local root_markers = { '.git' }

local function root_dir(fname)
  local ok, util = pcall(require, 'lspconfig.util')
  if ok and util.root_pattern then
    local root = util.root_pattern(unpack(root_markers))(fname)
    if root then
      return root
    end
  end
  return require('parallax').find_root(fname, root_markers)
end

return {
  default_config = {
    cmd = { 'parallax', 'server' },
    filetypes = { 'markdown', 'text' },
    root_dir = root_dir,
    single_file_support = true,
    settings = {},
    get_language_id = function(_, filetype)
      return filetype == 'text' and 'plaintext' or filetype
    end,
  },
  docs = {
    description = [[
Parallax is a language server and linter for policy and geopolitical commentary: unsupported
claims, repeated framing, and regional perspectives a draft leaves out. Install the `parallax`
binary on your PATH; the server is `parallax server` over stdio.
]],
    default_config = {
      root_dir = [[root_pattern(".git") or the file's directory]],
    },
  },
}
