import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { editorFamily, postEditors } from '@/lib/composer-fill/fill';
import { POSTING } from '@/lib/platforms/registry';
import type { ComposerSelectors } from '@/lib/platforms/types';

const doc = (body: string) => new JSDOM(`<!doctype html><body>${body}</body>`).window.document;
const composer = (target: keyof typeof POSTING): ComposerSelectors => POSTING[target].composer!;
/** The ids of the editors Pantau would fill, in order. */
const filled = (d: Document, target: keyof typeof POSTING) => postEditors(d, composer(target)).map((e) => e.id);

describe('the editor family, from the marks each library leaves in the DOM', () => {
  it.each([
    ['<div id="e" contenteditable="true" data-lexical-editor="true"></div>', 'lexical'],
    ['<div class="public-DraftEditor-content" id="e" contenteditable="true"></div>', 'draft'],
    ['<div id="e" contenteditable="true"><div data-contents="true"></div></div>', 'draft'],
    ['<div class="tiptap ProseMirror" id="e" contenteditable="true"></div>', 'prosemirror'],
    ['<div class="ql-editor" id="e" contenteditable="true"></div>', 'quill'],
    ['<div id="e" contenteditable="true"></div>', 'contenteditable'],
    ['<textarea id="e"></textarea>', 'textarea'],
  ])('%s is %s', (html, family) => {
    expect(editorFamily(doc(html).getElementById('e')!)).toBe(family);
  });
});

describe('the post composer, never a reply, comment or message box', () => {
  it('X: the status page reply box and a reply dialog are skipped; the compose dialog is used', () => {
    const reply = '<div class="public-DraftEditor-content" contenteditable="true" data-testid="tweetTextarea_0" id="%"></div>';
    const d = doc(
      `<div aria-label="Timeline: Conversation"><article data-testid="tweet"></article>${reply.replace('%', 'inline-reply')}</div>` +
        `<div role="dialog"><article data-testid="tweet"></article>${reply.replace('%', 'reply-dialog')}</div>`,
    );
    expect(filled(d, 'x')).toEqual([]);
    d.body.insertAdjacentHTML('beforeend', `<div role="dialog">${reply.replace('%', 'compose')}</div>`);
    expect(filled(d, 'x')).toEqual(['compose']);
  });

  it('X home: the inline composer, and its thread posts in order', () => {
    const box = (n: number) =>
      `<div class="public-DraftEditor-content" contenteditable="true" data-testid="tweetTextarea_${n}" id="p${n}"></div>`;
    expect(filled(doc(`<main>${box(0)}${box(1)}</main>`), 'x')).toEqual(['p0', 'p1']);
  });

  it('Bluesky: a composer opened as a reply is skipped', () => {
    const d = doc(
      '<div data-testid="composePostView"><button aria-label="Expand or collapse the full post you are replying to"></button>' +
        '<div class="ProseMirror" contenteditable="true" id="reply"></div></div>',
    );
    expect(filled(d, 'bluesky')).toEqual([]);
    const post = doc('<div data-testid="composePostView"><div class="ProseMirror" contenteditable="true" id="post"></div></div>');
    expect(filled(post, 'bluesky')).toEqual(['post']);
  });

  it('Threads: the "Reply to …" box is skipped; the "New thread" dialog is used', () => {
    const d = doc(
      '<div contenteditable="true" role="textbox" aria-label="Reply to pesaing…" id="reply"></div>' +
        '<div role="dialog" aria-label="New thread"><div contenteditable="true" role="textbox" id="post"></div></div>',
    );
    expect(filled(d, 'threads')).toEqual(['post']);
  });

  it('Facebook: a post viewer dialog and its comment box are skipped; the create-post dialog is used', () => {
    const viewer = '<div role="dialog"><div contenteditable="true" role="textbox" aria-label="Write a comment…" id="comment"></div></div>';
    const other = '<div role="dialog"><div contenteditable="true" role="textbox" aria-label="Edit" id="other"></div></div>';
    const create =
      '<div role="dialog"><div contenteditable="true" role="textbox" aria-label="What\'s on your mind?" id="post"></div><div aria-label="Add to your post"></div></div>';
    expect(filled(doc(viewer + other), 'facebook')).toEqual([]);
    expect(filled(doc(viewer + other + create), 'facebook')).toEqual(['post']);
  });

  it('LinkedIn: the comment box and the message box are skipped; the share box is used', () => {
    const d = doc(
      '<div class="comments-comment-box"><div class="ql-editor" contenteditable="true" id="comment"></div></div>' +
        '<div class="msg-form"><div role="textbox" contenteditable="true" id="message"></div></div>',
    );
    expect(filled(d, 'linkedin')).toEqual([]);
    d.body.insertAdjacentHTML(
      'beforeend',
      '<div role="dialog"><div class="share-box"><div class="ql-editor" contenteditable="true" id="share"></div></div></div>',
    );
    expect(filled(d, 'linkedin')).toEqual(['share']);
  });

  it('every in-page platform names the boxes it never fills', () => {
    for (const [target, posting] of Object.entries(POSTING))
      if (posting.mode === 'inPage') expect(posting.composer?.neverFill, target).toMatch(/\S/);
  });
});
