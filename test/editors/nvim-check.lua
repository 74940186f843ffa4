-- Run by nvim.test.mjs inside a headless Neovim that loaded one of editors/nvim/*.lua and opened a
-- report: asks the Huiyi server what a user would see and writes it as JSON to $HUIYI_OUT.
local out = { errors = {} }
local function finish()
  local f = io.open(os.getenv('HUIYI_OUT'), 'w')
  f:write(vim.fn.json_encode(out))
  f:close()
  vim.cmd('qa!')
end
local ok, err = pcall(function()
  local buf = vim.api.nvim_get_current_buf()
  out.filetype = vim.bo[buf].filetype
  out.attached = vim.wait(15000, function() return #vim.lsp.buf_get_clients(buf) > 0 end, 50)
  if not out.attached then return end
  local client = vim.lsp.buf_get_clients(buf)[next(vim.lsp.buf_get_clients(buf))]
  out.client = client.name
  out.languageId = client.config.get_language_id(buf, out.filetype)
  local doc = { textDocument = vim.lsp.util.make_text_document_params(buf) }
  local function request(method, params)
    local res, e = vim.lsp.buf_request_sync(buf, method, params, 15000)
    if not res then table.insert(out.errors, method .. ': ' .. tostring(e)) return nil end
    for _, r in pairs(res) do
      if r.error then table.insert(out.errors, method .. ': ' .. vim.inspect(r.error)) end
      return r.result
    end
  end
  -- The outline: top-level symbols and their kinds (Event = 24).
  out.symbols = {}
  for _, s in ipairs(request('textDocument/documentSymbol', doc) or {}) do
    table.insert(out.symbols, { name = s.name, kind = s.kind })
  end
  -- Diagnostics as Neovim shows them.
  vim.wait(15000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
  out.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(out.diagnostics, { code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code), lnum = d.lnum, message = d.message })
  end
  -- Hover with the cursor on the first 汤洁.
  local hit = vim.fn.searchpos('汤洁', 'w')
  if hit[1] > 0 then
    local hover = request('textDocument/hover', vim.lsp.util.make_position_params(0, client.offset_encoding))
    out.hover = hover and hover.contents and (hover.contents.value or vim.inspect(hover.contents)) or vim.NIL
  end
  if os.getenv('HUIYI_FIX') == '1' then
    local before = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), '\n')
    local last = vim.api.nvim_buf_line_count(buf)
    local params = {
      textDocument = doc.textDocument,
      range = { start = { line = 0, character = 0 }, ['end'] = { line = last, character = 0 } },
      context = { diagnostics = {}, only = { 'source.fixAll.huiyi' } },
    }
    local actions = request('textDocument/codeAction', params) or {}
    out.actions = {}
    for _, a in ipairs(actions) do table.insert(out.actions, { title = a.title, kind = a.kind }) end
    local action = actions[1]
    if action and action.edit then vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding) end
    local after = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), '\n')
    out.changed = before ~= after
    -- What the buffer would write, so the test can compare it with `huiyi fix`.
    local f = io.open(os.getenv('HUIYI_OUT') .. '.txt', 'wb')
    f:write(after .. (vim.bo[buf].eol and '\n' or ''))
    f:close()
  end
end)
if not ok then table.insert(out.errors, tostring(err)) end
finish()
