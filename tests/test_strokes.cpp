// Lines drawn by render/stroke.hpp, on pixels.
#include <gtest/gtest.h>
