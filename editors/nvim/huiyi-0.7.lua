-- Huiyi for Neovim 0.7–0.9 (Debian 12 ships 0.7.2): no vim.lsp.start or vim.fs there, and
-- vim.filetype.add needs vim.g.do_filetype_lua, so one client is started and attached by hand.
-- Set the server's path (a clone's dist/server.js), e.g. vim.g.huiyi_server = '~/huiyi/dist/server.js'.
local server = vim.fn.expand(vim.g.huiyi_server or '/path/to/huiyi/dist/server.js')
local client_id
vim.api.nvim_create_autocmd({ 'BufRead', 'BufNewFile' }, { pattern = '*.huiyi', command = 'setfiletype meeting-report' })
vim.api.nvim_create_autocmd('FileType', {
  pattern = { 'meeting-report', 'text' },
  callback = function(args)
    if not (client_id and vim.lsp.get_client_by_id(client_id)) then
      client_id = vim.lsp.start_client({
        name = 'huiyi',
        cmd = { 'node', server, '--stdio' },
        root_dir = vim.fn.getcwd(),
        -- Neovim calls plain text "text"; the server analyses "plaintext" files that read as reports.
        get_language_id = function(_, ft) return ft == 'text' and 'plaintext' or ft end,
      })
    end
    if client_id then vim.lsp.buf_attach_client(args.buf, client_id) end
  end,
})
