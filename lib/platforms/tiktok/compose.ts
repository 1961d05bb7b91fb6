/**
 * TikTok has no web composer that accepts text from outside: Pantau copies the caption to the
 * clipboard and opens the upload page, and tells the user what to do next (issue: posting).
 */
export const tiktokUploadUrl = 'https://www.tiktok.com/tiktokstudio/upload';
