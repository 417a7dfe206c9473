/// DATE, YEAR, MONTH, DAY and the other date and time functions, in the workbook's date system.
extension FormulaEvaluator {
    func dateFunction(_ a: [FormulaExpression], _ function: FormulaFunction) -> FormulaValue {
        var numbers: [Double] = []
        for i in a.indices {
            switch numberArgument(a, i, default: 0) {
            case .success(let n): numbers.append(n)
            case .failure(let e): return .error(e)
            }
        }
        func whole(_ i: Int) -> Int { Int(Swift.max(Swift.min(numbers[i], 1e9), -1e9).rounded(.down)) }
        switch function {
        case .date:
            guard numbers.count == 3 else { return .error(.value) }
            var year = whole(0)
            if year >= 0 && year < 1900 && dateSystem == .date1900 { year += 1900 }
            if year >= 0 && year < 1904 && dateSystem == .date1904 { year += 1900 }
            guard year >= 0, year < 10_000, let serial = serial(year: year, month: whole(1), day: whole(2)) else { return .error(.number) }
            return .number(serial)
        case .time:
            guard numbers.count == 3 else { return .error(.value) }
            let seconds = whole(0) * 3600 + whole(1) * 60 + whole(2)
            guard seconds >= 0 else { return .error(.number) }
            return .number(Double(seconds % 86_400) / 86_400)
        case .year, .month, .day:
            guard numbers.count == 1, let date = civil(numbers[0]) else { return .error(.number) }
            return .number(Double(function == .year ? date.year : function == .month ? date.month : date.day))
        case .hour, .minute, .second:
            guard numbers.count == 1, numbers[0] >= 0 else { return .error(.number) }
            let fraction = numbers[0] - numbers[0].rounded(.down)
            let seconds = Self.whole(fraction * 86_400, .toNearestOrAwayFromZero) % 86_400
            return .number(Double(function == .hour ? seconds / 3600 : function == .minute ? (seconds / 60) % 60 : seconds % 60))
        case .weekday:
            guard (1...2).contains(numbers.count), numbers[0] >= 0 else { return .error(.number) }
            var serial = Self.whole(numbers[0], .down)
            if dateSystem == .date1904 { serial += 1462 }
            // Serial 1 (1900-01-01) counts as a Sunday, as Excel's phantom leap day makes it.
            let sundayBased = ((serial - 1) % 7 + 7) % 7 + 1
            switch numbers.count == 2 ? whole(1) : 1 {
            case 1, 17: return .number(Double(sundayBased))
            case 2, 11: return .number(Double((sundayBased + 5) % 7 + 1))
            case 3: return .number(Double((sundayBased + 5) % 7))
            default: return .error(.number)
            }
        case .edate, .eomonth:
            guard numbers.count == 2, let start = civil(numbers[0]) else { return .error(.number) }
            let months = whole(1)
            if function == .edate {
                let target = serial(year: start.year, month: start.month + months, day: 1)
                let lastDay = lastDayOfMonth(year: start.year, month: start.month + months)
                guard let target else { return .error(.number) }
                return .number(target + Double(Swift.min(start.day, lastDay) - 1))
            }
            guard let next = serial(year: start.year, month: start.month + months + 1, day: 1) else { return .error(.number) }
            return .number(next - 1)
        default:
            return .error(.value)
        }
    }

    private func lastDayOfMonth(year: Int, month: Int) -> Int {
        guard let first = serial(year: year, month: month, day: 1), let next = serial(year: year, month: month + 1, day: 1) else { return 28 }
        return Int(next - first)
    }
}
