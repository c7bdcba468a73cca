// The extension's VS Code-free code, compiled (editors/vscode/out): the settings it hands the
// server, how it renders a perspective map, and how it finds the parallax binary.
//
//   node --test extension_unit_test.mjs
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import { binary, contract } from './lib/extension_modules.mjs';

describe('toServerSettings', () => {
    test('keeps the .parallax.json keys and the limits, and drops the extension-only ones', () => {
        const section = {
            path: '/opt/parallax',
            trace: { server: 'verbose' },
            rules: { 'framing/stock-phrase': 'off' },
            options: { framing: { min_repeat: 3 } },
            rulepacks: ['packs/house.json'],
            plugins: ['/usr/lib/parallax/house.so'],
            maxDocumentBytes: 1048576,
            maxMessageBytes: 16777216,
        };
        assert.deepEqual(contract.toServerSettings(section), {
            rules: { 'framing/stock-phrase': 'off' },
            options: { framing: { min_repeat: 3 } },
            rulepacks: ['packs/house.json'],
            plugins: ['/usr/lib/parallax/house.so'],
            maxDocumentBytes: 1048576,
            maxMessageBytes: 16777216,
        });
    });

    test('passes a malformed value on, for the server to report by name', () => {
        assert.deepEqual(contract.toServerSettings({ rules: 'off' }), { rules: 'off' });
    });

    test('an absent or non-object section gives no settings', () => {
        assert.deepEqual(contract.toServerSettings(undefined), {});
        assert.deepEqual(contract.toServerSettings(null), {});
        assert.deepEqual(contract.toServerSettings('parallax'), {});
        assert.deepEqual(contract.toServerSettings({ rules: null }), {});
    });

    test('workspace/configuration answers: only the parallax section is reduced', () => {
        const items = [{ section: 'parallax' }, { section: 'editor' }, {}];
        const answers = [{ path: 'p', rules: { claims: 'off' } }, { path: 'kept' }, null];
        assert.deepEqual(contract.shapeConfigurationAnswers(items, answers), [
            { rules: { claims: 'off' } },
            { path: 'kept' },
            null,
        ]);
    });

    test('didChangeConfiguration sends the section under its name', () => {
        assert.deepEqual(contract.didChangeConfigurationParams({ path: 'parallax', rulepacks: [] }), {
            settings: { parallax: { rulepacks: [] } },
        });
    });
});

describe('perspectiveMapMarkdown', () => {
    test('a Markdown string is shown as it is', () => {
        assert.equal(contract.perspectiveMapMarkdown('# Map\n'), '# Map\n');
    });

    test('an object with a markdown field shows that field', () => {
        assert.equal(contract.perspectiveMapMarkdown({ markdown: '**JP** voiced', regions: [] }), '**JP** voiced');
    });

    test('regions and countries are listed, with the countries mentioned but not heard', () => {
        const text = contract.perspectiveMapMarkdown({ regions: ['Asia-Pacific'], mentioned: ['CN', 'JP'], voiced: ['JP'] }, 'Map');
        assert.match(text, /^# Map\n/);
        assert.match(text, /\*\*Regions discussed:\*\* Asia-Pacific/);
        assert.match(text, /\*\*Countries heard:\*\* JP/);
        assert.match(text, /\*\*Mentioned but not heard:\*\* CN\n/);
        assert.match(text, /```json\n\{/);
    });

    test('anything else is shown as JSON or said to be missing, never thrown on', () => {
        assert.match(contract.perspectiveMapMarkdown({ unexpected: [1, 2] }), /"unexpected"/);
        assert.match(contract.perspectiveMapMarkdown(null), /no perspective map/);
        assert.match(contract.perspectiveMapMarkdown(42), /no perspective map/);
    });
});

describe('lintSummary', () => {
    test('counts drafts and findings', () => {
        assert.equal(
            contract.lintSummary({ files: 3, findings: 5, filesWithFindings: 2, cancelled: false }),
            '3 drafts checked, 5 findings in 2',
        );
        assert.equal(contract.lintSummary({ files: 1, findings: 1 }), '1 draft checked, 1 finding');
    });

    test('says when it was cancelled, and copes with an answer of another shape', () => {
        assert.equal(contract.lintSummary({ files: 2, cancelled: true }), '2 drafts checked (cancelled)');
        assert.equal(contract.lintSummary(null), 'the workspace was checked');
        assert.equal(contract.lintSummary({ files: 'many' }), 'the workspace was checked');
    });
});

describe('findExecutable', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'parallax-find-'));
    after(() => rmSync(root, { recursive: true, force: true }));
    const bin = path.join(root, 'bin');
    mkdirSync(bin);
    mkdirSync(path.join(bin, 'parallax-dir'));
    const tool = path.join(bin, 'parallax');
    writeFileSync(tool, '#!/bin/sh\n');
    chmodSync(tool, 0o755);
    const plain = path.join(bin, 'not-executable');
    writeFileSync(plain, '');
    chmodSync(plain, 0o644);
    const env = { PATH: ['/nonexistent', bin].join(path.delimiter) };

    test('a bare name is found on PATH', async () => {
        assert.equal(await binary.findExecutable('parallax', undefined, env), tool);
    });

    test('a name not on PATH, a folder, or a file that is not executable is not found', async () => {
        assert.equal(await binary.findExecutable('parallax', undefined, { PATH: '/nonexistent' }), undefined);
        assert.equal(await binary.findExecutable('parallax-dir', undefined, env), undefined);
        assert.equal(await binary.findExecutable('not-executable', undefined, env), undefined);
        assert.equal(await binary.findExecutable('  ', undefined, env), undefined);
    });

    test('a path is taken as it is, a relative one from the workspace folder', async () => {
        assert.equal(await binary.findExecutable(tool, undefined, { PATH: '' }), tool);
        assert.equal(await binary.findExecutable('bin/parallax', root, { PATH: '' }), tool);
        assert.equal(await binary.findExecutable('bin/missing', root, { PATH: '' }), undefined);
    });
});
