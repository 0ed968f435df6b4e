import ArgumentParser
import Parallax

extension BriefFormat: @retroactive ExpressibleByArgument {}
