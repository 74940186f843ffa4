-- Huiyi for Neovim 0.10+ (built-in client). Put it in your init.lua, or :luafile it.
-- Set the server's path (a clone's dist/server.js), e.g. vim.g.huiyi_server = '~/huiyi/dist/server.js'.
local server = vim.fn.expand(vim.g.huiyi_server or '/path/to/huiyi/dist/server.js')
vim.filetype.add({ extension = { huiyi = 'meeting-report' } })
vim.api.nvim_create_autocmd('FileType', {
  pattern = { 'meeting-report', 'text' },
  callback = function(args)
    vim.lsp.start({
      name = 'huiyi',
      cmd = { 'node', server, '--stdio' },
      root_dir = vim.fs.root(args.buf, { '.git' }) or vim.fn.getcwd(),
      -- Neovim calls plain text "text"; the server analyses "plaintext" files that read as reports.
      get_language_id = function(_, ft) return ft == 'text' and 'plaintext' or ft end,
    })
  end,
})
