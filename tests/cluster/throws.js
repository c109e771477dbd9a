// An app that fails at start-up: the supervisor must call it a crash loop.
throw new Error('boom at start-up');
