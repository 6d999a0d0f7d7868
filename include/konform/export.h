// KONFORM_API marks what libkonform.so exports: the public API and nothing else (the library is
// built with -fvisibility=hidden, so the engine's symbols stay private to it).
#pragma once

#if defined(KONFORM_STATIC_DEFINE)
#define KONFORM_API
#else
#define KONFORM_API __attribute__((visibility("default")))
#endif
