import os
import os.path
import os.path as p, sys
from os import path
from os import path as p, sep
from os.path import (join, split as s,)
from . import x
from .. import y
from .mod import z
from ...pkg.mod import w
from .... import v
from x import *
