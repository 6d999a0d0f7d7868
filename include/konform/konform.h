// konform's public C++ API, all of it: include this one header. Link konform::konform (CMake:
// find_package(konform CONFIG)) or `pkg-config --cflags --libs konform`.
#pragma once

#include "konform/chain.h"
#include "konform/comparison.h"
#include "konform/error.h"
#include "konform/html_text.h"
#include "konform/report.h"
#include "konform/version.h"
