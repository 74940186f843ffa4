;;; emacs-check.el --- run by emacs.test.mjs: emacs --batch, editors/emacs/huiyi.el loaded  -*- lexical-binding: t -*-
;; Opens the report named by $HUIYI_FILE as a user would, and writes what eglot, flymake and
;; imenu show to $HUIYI_OUT as JSON (with $HUIYI_FIX=1 also applies the fix-all code action).
(require 'json)
(defvar huiyi-check-out (list (cons 'errors [])))
(defun huiyi-check-put (key value) (push (cons key value) huiyi-check-out))
(defun huiyi-check-wait (pred seconds)
  (let ((deadline (+ (float-time) seconds)))
    (while (and (not (funcall pred)) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    (funcall pred)))
(condition-case err
    (progn
      (find-file (getenv "HUIYI_FILE"))
      (huiyi-check-put 'mode (symbol-name major-mode))
      ;; eglot-ensure connects after the current command: the command loop runs this hook.
      (run-hooks 'post-command-hook)
      (huiyi-check-put 'managed (and (huiyi-check-wait (lambda () (bound-and-true-p eglot--managed-mode)) 20) t))
      (huiyi-check-put 'languageId (eglot--language-id (eglot--current-server-or-lose)))
      ;; Diagnostics, as flymake lists them.
      (huiyi-check-wait (lambda () (flymake-diagnostics)) 20)
      (huiyi-check-put 'diagnostics
                       (vconcat (mapcar (lambda (d)
                                          (let ((lsp (cdr (assoc 'eglot-lsp-diag (flymake-diagnostic-data d)))))
                                            (list (cons 'code (plist-get lsp :code))
                                                  (cons 'line (line-number-at-pos (flymake-diagnostic-beg d))))))
                                        (flymake-diagnostics))))
      ;; The outline, as imenu builds it: (KIND (NAME . POSITION) …).
      (huiyi-check-put 'imenu
                       (vconcat (mapcar (lambda (group)
                                          (list (cons 'group (car group))
                                                (cons 'names (vconcat (mapcar (lambda (e) (if (consp e) (car e) e)) (cdr group))))))
                                        (funcall imenu-create-index-function))))
      ;; Hover with point on the first 汤洁 (what eldoc shows).
      (goto-char (point-min))
      (when (search-forward "汤洁" nil t)
        (goto-char (match-beginning 0))
        (let ((hover (jsonrpc-request (eglot--current-server-or-lose) :textDocument/hover
                                      (eglot--TextDocumentPositionParams))))
          (huiyi-check-put 'hover (plist-get (plist-get hover :contents) :value))))
      (when (equal (getenv "HUIYI_FIX") "1")
        (let ((before (buffer-string)))
          ;; What M-x eglot-code-actions does over the whole buffer, asking for this kind: the only
          ;; action of the kind is applied without a prompt.
          (eglot-code-actions (point-min) (point-max) "source.fixAll.huiyi" t)
          (huiyi-check-put 'changed (not (equal before (buffer-string))))
          (let ((coding-system-for-write 'utf-8-unix))
            (write-region (point-min) (point-max) (concat (getenv "HUIYI_OUT") ".txt"))))))
  (error (huiyi-check-put 'errors (vector (format "%S" err)))))
(with-temp-file (getenv "HUIYI_OUT")
  (insert (json-encode huiyi-check-out)))
(kill-emacs 0)
