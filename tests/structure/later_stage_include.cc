// Must not compile: layout comes before kit, so kit's headers are not on
// layout's include roots (see coopkit_stage_include_root). The test
// HeadersOfLaterStagesAreHidden builds this file and expects the compiler to
// say so.
#include "kit/kit_builder.h"
