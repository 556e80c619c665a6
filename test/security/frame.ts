/** Opens a page in an iframe and waits for the report its driver posts. */
export async function runPage<T = Record<string, unknown>>(path: string, timeoutMs = 15_000): Promise<T & { violations: string[]; errors: string[] }> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  const result = new Promise<T & { violations: string[]; errors: string[] }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${path} sent no report within ${timeoutMs} ms`)), timeoutMs);
    window.addEventListener('message', function onMessage(event) {
      if (event.source !== frame.contentWindow) return;
      window.removeEventListener('message', onMessage);
      clearTimeout(timer);
      resolve(event.data);
    });
  });
  frame.src = path;
  document.body.append(frame);
  try {
    return await result;
  } finally {
    frame.remove();
  }
}
