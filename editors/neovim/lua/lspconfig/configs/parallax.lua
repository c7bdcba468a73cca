-- Newer nvim-lspconfig releases look for configurations under lspconfig/configs/.
return require('lspconfig.server_configurations.parallax')
