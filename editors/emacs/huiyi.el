;;; huiyi.el --- Huiyi in Emacs through eglot  -*- lexical-binding: t -*-
;; Emacs 29+ has eglot built in; on Emacs 28 install it (Debian: apt install elpa-eglot; else
;; M-x package-install RET eglot). Set the server's path (a clone's dist/server.js) before loading:
;;   (setq huiyi-server "~/huiyi/dist/server.js") (load "~/huiyi/editors/emacs/huiyi.el")
(require 'eglot)
(defvar huiyi-server "/path/to/huiyi/dist/server.js" "Path of Huiyi's dist/server.js.")
(define-derived-mode meeting-report-mode text-mode "会议")
(add-to-list 'auto-mode-alist '("\\.huiyi\\'" . meeting-report-mode))
;; Two entries, so each mode keeps its languageId (eglot 1.9 has one per server). meeting-report
;; goes first; text-mode ("plaintext": analysed when the content reads as a report) goes last, as
;; eglot matches derived modes too, so markdown-mode or org-mode keep their own servers.
(add-to-list 'eglot-server-programs
             `((meeting-report-mode :language-id "meeting-report") . ("node" ,(expand-file-name huiyi-server) "--stdio")))
(add-to-list 'eglot-server-programs
             `((text-mode :language-id "plaintext") . ("node" ,(expand-file-name huiyi-server) "--stdio"))
             t)
;; Start it in .huiyi buffers and in .txt files opened in text-mode (not org or other derived modes).
(add-hook 'meeting-report-mode-hook #'eglot-ensure)
(add-hook 'text-mode-hook
          (lambda () (when (and (eq major-mode 'text-mode) buffer-file-name
                                (string-match-p "\\.txt\\'" buffer-file-name))
                       (eglot-ensure))))
;;; huiyi.el ends here
