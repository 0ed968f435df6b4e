import ArgumentParser
import Parallax

extension BriefFormat: ExpressibleByArgument {}
