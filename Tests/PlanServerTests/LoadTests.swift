import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@testable import PlanServer

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

@Suite("Serve: many submissions at once")
struct LoadTests {
    static let submissions = 50

    @Test("50 submissions handed in at once on loopback are all stored and checked; pages keep answering")
    func concurrentSubmissions() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let samples = [
            "samples/submitted/oversigt-fejl.csv", "samples/submitted/kriminalitetsmaal-fejl.csv",
            "samples/submitted/aab-budget-fejl.xlsx", "samples/submitted/oversigt-og-omraader-fejl.xlsx",
        ].map(ServerFixtures.bytes)
        // Different bytes for the CSV files (a trailing note line), the same bytes for the workbooks:
        // the store keeps each distinct file once.
        let files: [(name: String, bytes: [UInt8])] = (0..<Self.submissions).map { index in
            let sample = samples[index % samples.count]
            if index % samples.count < 2 {
                return ("ark-\(index).csv", sample + Array("\r\nNote;indleveret som nr. \(index)\r\n".utf8))
            }
            return ("ark-\(index).xlsx", sample)
        }
        let distinct = Set(files.map { ContentHash.of($0.bytes) }).count
        let secrets = [server.police.secret, server.housing.secret]

        // Two clients: one hands in (as many connections as submissions), the other reads pages.
        let uploadConfiguration = URLSessionConfiguration.ephemeral
        uploadConfiguration.httpMaximumConnectionsPerHost = Self.submissions
        uploadConfiguration.timeoutIntervalForRequest = 300
        let uploader = URLSession(configuration: uploadConfiguration)
        let reader = URLSession(configuration: .ephemeral)
        defer {
            uploader.finishTasksAndInvalidate()
            reader.finishTasksAndInvalidate()
        }
        let (statuses, pageTimes, elapsed) = try await server.application.test(.live) { client in
            let site = "http://127.0.0.1:\(try #require(client.port))"
            let started = ContinuousClock.now
            return try await withThrowingTaskGroup(of: (Int?, [Duration]).self) { group in
                for (index, file) in files.enumerated() {
                    group.addTask {
                        let (body, type) = Multipart.body(fields: [:], file: file)
                        var request = URLRequest(url: try #require(URL(string: site + "/api/v1/submissions")))
                        request.httpMethod = "POST"
                        request.setValue("Bearer \(secrets[index % 2])", forHTTPHeaderField: "Authorization")
                        request.setValue(type, forHTTPHeaderField: "Content-Type")
                        let (_, response) = try await uploader.upload(for: request, from: Data(body.readableBytesView))
                        return ((response as? HTTPURLResponse)?.statusCode ?? 0, [])
                    }
                }
                // Meanwhile, someone reads pages: the sign-in page and the plan versions.
                group.addTask {
                    var times: [Duration] = []
                    for _ in 0..<20 {
                        let start = ContinuousClock.now
                        for (path, secret) in [("/", nil), ("/api/v1/plans", server.admin.secret)] {
                            var request = URLRequest(url: try #require(URL(string: site + path)))
                            if let secret { request.setValue("Bearer \(secret)", forHTTPHeaderField: "Authorization") }
                            let (_, response) = try await reader.data(for: request)
                            let status = (response as? HTTPURLResponse)?.statusCode ?? 0
                            guard status == 200 else { return (status, times) }
                        }
                        times.append(ContinuousClock.now - start)
                    }
                    return (nil, times)
                }
                var statuses: [Int] = []
                var pageTimes: [Duration] = []
                for try await (status, times) in group {
                    if let status { statuses.append(status) }
                    pageTimes += times
                }
                return (statuses, pageTimes, ContinuousClock.now - started)
            }
        }
        #expect(statuses.count == Self.submissions)
        #expect(statuses.allSatisfy { $0 == 201 })
        #expect(pageTimes.count == 20)
        // Every submission is a row with its report; every distinct file is stored once.
        #expect(try await server.state.store.submissionCount() == Self.submissions)
        #expect(server.state.store.files.count() == distinct)
        let admin = try #require(await server.state.person(withSecret: server.admin.secret))
        let records = try await server.state.store.submissions(visibleTo: admin)
        #expect(records.allSatisfy { $0.status == .errors && $0.errorCount > 0 && $0.reportJSON.contains("\"findings\"") })
        #expect(Set(records.map(\.fileName)).count == Self.submissions)

        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let slowest = pageTimes.max().map { Double($0.components.seconds) * 1000 + Double($0.components.attoseconds) / 1e15 } ?? 0
        print(
            String(
                format: "serve load: %d submissions in %.2f s (%.0f ms per submission, %d checked at a time at most); "
                    + "20 page rounds meanwhile, slowest %.0f ms",
                Self.submissions, seconds, seconds * 1000 / Double(Self.submissions), System.coreCount, slowest))
    }
}
