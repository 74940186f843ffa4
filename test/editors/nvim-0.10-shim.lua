-- Loaded (--cmd) before editors/nvim/huiyi.lua in Neovim 0.7, which lacks two of the 0.10 APIs the
-- snippet calls. They are written here as Neovim 0.10's :help documents them, on 0.7's API, so the
-- snippet's own code (filetypes, command, root, languageId) runs against a real server. This is
-- not Neovim 0.10: it checks the snippet, not 0.10's client.
vim.g.do_filetype_lua = 1 -- 0.10 always uses filetype.lua (vim.filetype.add)
assert(vim.lsp.start == nil and vim.fs == nil, 'this shim is for Neovim 0.7')
vim.lsp.start = function(config, opts) -- :help vim.lsp.start(): reuse a client of that name and root
  local bufnr = (opts and opts.bufnr) or vim.api.nvim_get_current_buf()
  for _, c in pairs(vim.lsp.get_active_clients()) do
    if c.name == config.name and c.config.root_dir == config.root_dir then
      vim.lsp.buf_attach_client(bufnr, c.id)
      return c.id
    end
  end
  local id = vim.lsp.start_client(config)
  if id then vim.lsp.buf_attach_client(bufnr, id) end
  return id
end
vim.fs = { -- :help vim.fs.root(): the nearest ancestor folder holding one of the markers (file or folder)
  root = function(buf, markers)
    local dir = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(buf), ':p:h')
    while true do
      for _, m in ipairs(markers) do
        if vim.loop.fs_stat(dir .. '/' .. m) then return dir end
      end
      local parent = vim.fn.fnamemodify(dir, ':h')
      if parent == dir then return nil end
      dir = parent
    end
  end,
}
