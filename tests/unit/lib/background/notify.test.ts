import { describe, expect, it } from 'vitest';
import { notificationOptions } from '@/lib/background/notify';

const due = { title: 'Time to post: X', message: 'Selamat pagi', buttons: ['Post now', 'Snooze 15 min'] };

describe('notificationOptions', () => {
  it('gives Chrome its buttons and keeps the reminder on screen', () => {
    expect(notificationOptions(due, false)).toMatchObject({
      type: 'basic',
      title: 'Time to post: X',
      message: 'Selamat pagi',
      buttons: [{ title: 'Post now' }, { title: 'Snooze 15 min' }],
      requireInteraction: true,
    });
  });

  it('leaves out what Firefox refuses (create() rejects on buttons and requireInteraction), keeping the words', () => {
    const options = notificationOptions(due, true);
    expect(options).toMatchObject({ type: 'basic', title: 'Time to post: X', message: 'Selamat pagi' });
    expect(Object.keys(options).sort()).toEqual(['iconUrl', 'message', 'title', 'type']);
  });

  it('a notification without buttons is the same in both browsers', () => {
    const plain = { title: 'Breakout', message: 'text' };
    expect(notificationOptions(plain, false)).toEqual(notificationOptions(plain, true));
  });
});
