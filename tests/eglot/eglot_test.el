;;; eglot_test.el --- Parallax in Emacs with eglot, end to end, in batch mode  -*- lexical-binding: t -*-

;; Opens a draft with the README's eglot set-up, waits for the server's diagnostics to reach
;; Flymake, hovers on the finding and shuts the server down. Debian's Emacs 28 with elpa-eglot
;; (from `scripts/install-deps.sh --test`).
;;
;;   PARALLAX_BIN=... emacs --batch --no-init-file -l eglot_test.el

(require 'eglot)
(require 'flymake)

(defvar parallax-test-bound 60
  "Seconds to wait for the server before calling it stuck (a bound, not a measurement).")

(defun parallax-test-fail (format-string &rest args)
  (message "FAIL: %s" (apply #'format format-string args))
  (kill-emacs 1))

(defun parallax-test-wait (what predicate)
  "Process server output until PREDICATE holds; fail naming WHAT after the bound."
  (let ((deadline (+ (float-time) parallax-test-bound)))
    (while (not (funcall predicate))
      (when (> (float-time) deadline)
        (parallax-test-fail "no %s from the server" what))
      (accept-process-output nil 0.05))))

(defun parallax-test-run ()
  (let* ((binary (or (getenv "PARALLAX_BIN") (parallax-test-fail "PARALLAX_BIN is not set")))
         (dir (make-temp-file "parallax-eglot-" t))
         (draft (expand-file-name "draft.txt" dir)))
    (unless (file-executable-p binary)
      (parallax-test-fail "PARALLAX_BIN %s is not an executable" binary))
    (unwind-protect
        (progn
          ;; The README's set-up, with the binary under test.
          (add-to-list 'eglot-server-programs
                       `((markdown-mode text-mode) . (,binary "server")))
          (setq-default eglot-workspace-configuration
                        '((:parallax . (:rules (:claims/weasel-attribution "error")))))
          (with-temp-file draft
            (insert "# Tokyo and the alliance\n\n"
                    "Critics say the plan will fail.\n\n"
                    "Japan's defence ministry said it welcomed the plan.\n"))
          (find-file draft)
          (unless (derived-mode-p 'text-mode)
            (parallax-test-fail "%s opened in %s, not text-mode" draft major-mode))
          (apply #'eglot (eglot--guess-contact))
          (let ((server (eglot-current-server)))
            (unless server
              (parallax-test-fail "eglot did not connect"))
            (message "ok   eglot connected to %s" (plist-get (eglot--server-info server) :name))

            ;; Diagnostics: the weasel attribution on line 3 ("Critics say").
            (parallax-test-wait "diagnostics in Flymake" (lambda () (flymake-diagnostics)))
            (let* ((diagnostics (flymake-diagnostics))
                   (weasel (seq-find (lambda (d) (string-match-p "Critics" (flymake-diagnostic-text d)))
                                     diagnostics)))
              (unless weasel
                (parallax-test-fail "no finding on \"Critics say\" among %S"
                                    (mapcar #'flymake-diagnostic-text diagnostics)))
              (unless (= (line-number-at-pos (flymake-diagnostic-beg weasel)) 3)
                (parallax-test-fail "the finding is on line %d, not 3"
                                    (line-number-at-pos (flymake-diagnostic-beg weasel))))
              (message "ok   diagnostics: %s" (flymake-diagnostic-text weasel)))

            ;; The settings reach the server (workspace/configuration): the finding becomes an
            ;; error once the server has them and publishes again.
            (parallax-test-wait "error-level finding (eglot-workspace-configuration)"
                                (lambda ()
                                  (seq-find (lambda (d) (eq (flymake-diagnostic-type d) 'eglot-error))
                                            (flymake-diagnostics))))
            (message "ok   eglot-workspace-configuration made the finding an error")

            ;; Hover on "Critics": the rule's explanation.
            (goto-char (point-min))
            (search-forward "Critics")
            (backward-char 3)
            (let* ((hover (jsonrpc-request server :textDocument/hover
                                           (eglot--TextDocumentPositionParams)))
                   (contents (plist-get hover :contents))
                   (value (if (stringp contents) contents (plist-get contents :value))))
              (unless (and (stringp value) (string-match-p "claims/weasel-attribution" value))
                (parallax-test-fail "hover does not explain the rule: %S" hover))
              (message "ok   hover names claims/weasel-attribution"))

            ;; Shutdown and exit, sent by hand: `eglot-shutdown' kills the process right after
            ;; sending exit, which would hide the server's own exit status.
            (let ((process (jsonrpc--process server)))
              (jsonrpc-request server :shutdown nil)
              (jsonrpc-notify server :exit nil)
              (parallax-test-wait "exit" (lambda () (not (process-live-p process))))
              (unless (zerop (process-exit-status process))
                (parallax-test-fail "the server exited with status %d" (process-exit-status process)))
              (message "ok   shutdown and exit: status 0"))))
      (delete-directory dir t))))

(condition-case err
    (parallax-test-run)
  (error (parallax-test-fail "%s" (error-message-string err))))
(message "4 passed, 0 failed")
(kill-emacs 0)
;;; eglot_test.el ends here
